using Orchestration.PythonEnvironment;

namespace Orchestration.Tests.PythonEnvironment;

public sealed class FindingTheSpec : IDisposable
{
    private readonly string project = Directory.CreateTempSubdirectory("orchestration-spec-").FullName;

    [Theory]
    [InlineData("requirements.txt", EnvironmentSpecKind.Requirements)]
    [InlineData("deps/requirements-train.txt", EnvironmentSpecKind.Requirements)]
    [InlineData("environment.yml", EnvironmentSpecKind.Conda)]
    [InlineData("environment.yaml", EnvironmentSpecKind.Conda)]
    public void The_kind_of_environment_follows_from_the_file_name(string relativePath, EnvironmentSpecKind expected)
    {
        Write(relativePath);

        var spec = EnvironmentSpec.Find(project, relativePath);

        Assert.Equal(expected, spec.Kind);
        Assert.Equal(Path.Combine(project, relativePath), spec.FullPath);
    }

    [Fact]
    public void A_missing_spec_names_the_setting_and_the_path()
    {
        var error = Assert.ThrowsAny<Exception>(() => EnvironmentSpec.Find(project, "requirements.txt"));

        Assert.Equal(
            $"environment = requirements.txt (build.properties): {Path.Combine(project, "requirements.txt")} does not exist. Add it to the model project or correct the setting.",
            error.Message);
    }

    [Fact]
    public void An_unknown_kind_of_file_says_what_is_expected()
    {
        Write("Pipfile");

        var error = Assert.ThrowsAny<Exception>(() => EnvironmentSpec.Find(project, "Pipfile"));

        Assert.Contains("expected a pip requirements file (requirements.txt) or a conda environment file (environment.yml)", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(project, recursive: true);

    private void Write(string relativePath)
    {
        var path = Path.Combine(project, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "ipykernel\n");
    }
}
