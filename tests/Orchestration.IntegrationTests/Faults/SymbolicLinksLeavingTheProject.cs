using Orchestration.IntegrationTests.Checkout;
using Orchestration.IntegrationTests.Faults.Support;

namespace Orchestration.IntegrationTests.Faults;

/// <summary>
/// A committed symbolic link must not take the build out of the model project (issue: a data file linked to
/// /etc/shadow had its hash and size written into provenance.json; a linked models/ folder received the model).
/// Each path key in turn, through a real git repository, a fresh clone and <c>./build.sh --target=Configure</c>.
/// </summary>
public sealed class SymbolicLinksLeavingTheProject : IDisposable
{
    private const string Properties = """
        model.name=demo
        data.version=1
        model.version=1
        notebook=train.ipynb
        model.path=models/{model.name}.{data.version}.{model.version}.joblib
        environment=requirements.txt
        """;

    private readonly BuildWorkspace workspace = new();
    private readonly TestRepository repository = new();

    public SymbolicLinksLeavingTheProject()
    {
        repository.Write("model/build.properties", Properties);
        repository.Write("model/train.ipynb", "{}\n");
        repository.Write("model/requirements.txt", "scikit-learn\n");
        repository.Write("model/data/salaries.csv", "years,salary\n1,40000\n");
        repository.Write("model/Dockerfile", "FROM scratch\n");
    }

    [Theory]
    [InlineData("notebook", "train.ipynb", "/etc/passwd")]
    [InlineData("environment", "requirements.txt", "/etc/passwd")]
    [InlineData("data", "data/shadow.csv", "/etc/shadow")]
    [InlineData("model.path", "models", "/tmp")]
    [InlineData("dockerfile", "Dockerfile", "/etc/passwd")]
    [InlineData("build.properties", "build.properties", "/etc/passwd")]
    public void A_link_out_of_the_project_is_refused_with_exit_2_naming_the_link_and_its_target(string key, string link, string target)
    {
        var path = Path.Combine(repository.Root, "model", link);
        File.Delete(path);
        File.CreateSymbolicLink(path, target);
        repository.Commit($"Link {link} to {target}");

        var (exitCode, output) = workspace.Run("--target=Configure", $"--repository={repository.Root}", "--project-dir=model", "--wait-for-workspace=0");

        Assert.True(exitCode == 2, $"{key}: exit {exitCode}\n{output}");
        Assert.Contains($"{link} is a symbolic link to {target}, outside the project folder", output, StringComparison.Ordinal);
        Assert.False(File.Exists(workspace.Combine("artifacts", "records", "configure.json")), "nothing was recorded for a refused configuration");
    }

    [Fact]
    public void Links_that_stay_inside_the_project_are_followed()
    {
        File.CreateSymbolicLink(Path.Combine(repository.Root, "model", "data", "latest.csv"), "salaries.csv");
        Directory.CreateDirectory(Path.Combine(repository.Root, "model", "notebooks"));
        File.Move(Path.Combine(repository.Root, "model", "train.ipynb"), Path.Combine(repository.Root, "model", "notebooks", "train.ipynb"));
        File.CreateSymbolicLink(Path.Combine(repository.Root, "model", "train.ipynb"), "notebooks/train.ipynb");
        repository.Commit("Links inside the project");

        var (exitCode, output) = workspace.Run("--target=Configure", $"--repository={repository.Root}", "--project-dir=model", "--wait-for-workspace=0");

        Assert.True(exitCode == 0, output);
        Assert.Contains("Model demo.1.1 from model", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        repository.Dispose();
        workspace.Dispose();
    }
}
