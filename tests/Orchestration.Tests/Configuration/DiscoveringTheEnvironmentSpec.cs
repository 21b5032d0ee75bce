using Orchestration.Configuration;

namespace Orchestration.Tests.Configuration;

/// <summary>With no environment key, the spec is found as repo2docker finds it: environment.yml, else requirements.txt.</summary>
public sealed class DiscoveringTheEnvironmentSpec : IDisposable
{
    private const string WithoutEnvironmentKey = """
        model.name=demo
        data.version=2
        model.version=7
        notebook=train.ipynb
        model.path=model.pkl
        """;

    private readonly ModelProject project = new();

    public void Dispose() => project.Dispose();

    [Fact]
    public void Requirements_txt_is_used_when_it_is_the_only_spec()
    {
        var setting = EnvironmentSetting(project.Resolve(WithoutEnvironmentKey));

        Assert.Equal("requirements.txt", setting.Value);
        Assert.Equal("found (no environment key: environment.yml, else requirements.txt)", setting.Source.ToString());
    }

    [Fact]
    public void Environment_yml_comes_before_requirements_txt()
    {
        project.Write("environment.yml", "name: demo\n");

        var resolved = project.Resolve(WithoutEnvironmentKey);

        Assert.Equal("environment.yml", resolved.Require().Environment);
        Assert.Equal(SettingSourceKind.Discovered, EnvironmentSetting(resolved).Source.Kind);
    }

    [Fact]
    public void A_two_key_build_properties_takes_the_rest_from_arguments_and_finds_the_environment_yml()
    {
        project.Write("environment.yml", "name: demo\n");
        var overrides = ModelProject.Overrides(arguments: [("model-name", "demo"), ("notebook", "train.ipynb"), ("model-path", "model.pkl")]);

        var resolved = project.Resolve("data.version=1\nmodel.version=1\n", overrides);

        Assert.Empty(resolved.Problems);
        Assert.Equal("environment.yml", resolved.Require().Environment);
    }

    [Fact]
    public void The_key_wins_over_what_is_found()
    {
        project.Write("environment.yml", "name: demo\n");

        Assert.Equal("requirements.txt", project.Resolve(WithoutEnvironmentKey + "\nenvironment=requirements.txt").Require().Environment);
    }

    [Fact]
    public void A_project_with_neither_file_says_what_was_looked_for()
    {
        File.Delete(Path.Combine(project.Directory, "requirements.txt"));

        Assert.Equal(
            [$"{ModelProject.PropertiesPath}: environment is not set and the project has neither environment.yml nor requirements.txt: add environment=... to the file, pass --environment-file=..., or set MODEL_ENVIRONMENT_FILE."],
            project.Problems(WithoutEnvironmentKey));
    }

    private static ResolvedSetting EnvironmentSetting(ResolvedConfiguration resolved) =>
        resolved.Settings.Single(setting => setting.Key == ConfigurationKeys.EnvironmentSpec.Name);
}
