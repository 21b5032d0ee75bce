using System.Text.Json;
using System.Text.RegularExpressions;
using Orchestration.IntegrationTests.Support;
using Orchestration.Tooling;

namespace Orchestration.IntegrationTests.Incremental;

/// <summary>
/// The bundled sample through <c>./build.sh</c> in a fresh clone, on the private engine and local Terraform
/// state, run again after an approved Apply: counting the images built, the kernels started (by the Python
/// given as <c>--jupyter-python</c>, <see cref="CountingPython"/>) and the plan's changes,
/// never the time taken.
/// </summary>
public sealed partial class RerunningTheSample : IDisposable
{
    private readonly TemporaryDirectory folder = new("orchestration-rerun");
    private readonly string clone;
    private readonly CountingPython python;
    private readonly int port = LoopbackPort.Free();

    public RerunningTheSample()
    {
        clone = folder.Combine("repository");
        python = new CountingPython(folder.Path);
        Git("clone", "--quiet", RepositoryRoot.Path, clone);
    }

    private string PlanDirectory => Path.Combine(clone, "artifacts", "plan", "local");

    /// <summary>Issue 9's "done when": a docs commit on a deployed model is a green no-op, so the Jenkinsfile skips the approval.</summary>
    [Fact]
    public void After_an_approved_Apply_a_README_only_commit_reruns_green_with_no_kernel_no_image_and_a_plan_without_changes()
    {
        var cold = Default();
        Assert.Equal(1, ImagesBuilt(cold));
        Assert.Equal(1, KernelsStarted);
        var deployed = ImageId();
        ApplyThePlan();

        File.AppendAllText(Path.Combine(clone, "README.md"), "\nA line of documentation, outside the model project.\n");
        Commit("Document the pipeline");
        var (exitCode, rerun) = Run(DefaultArguments);

        Assert.True(exitCode == 0, rerun);
        Assert.Equal(1, KernelsStarted);
        Assert.Contains("Train: reused salary-regression.1.1", rerun, StringComparison.Ordinal);
        Assert.Equal(0, ImagesBuilt(rerun));
        Assert.Contains("DockerBuild: reused", rerun, StringComparison.Ordinal);
        Assert.Equal(deployed, ImageId());
        // The Jenkinsfile's approval stage runs only when has-changes is true.
        Assert.Equal("false", File.ReadAllText(Path.Combine(PlanDirectory, "has-changes")).Trim());
        Assert.Contains("No changes.", File.ReadAllText(Path.Combine(PlanDirectory, "plan.txt")), StringComparison.Ordinal);
    }

    /// <summary>
    /// Issue 9 §6, "only the Dockerfile": the serving image is rebuilt under a new tag and the plan replaces the
    /// endpoint, while the model (whose inputs leave the Dockerfile out) is neither trained nor published again.
    /// The whole Default runs, as on a push: DockerBuild --exclusive alone would build from the earlier Checkout.
    /// </summary>
    [Fact]
    public void After_a_Dockerfile_fix_Default_runs_no_kernel_builds_one_image_under_a_new_tag_and_the_plan_says_why_it_replaces_the_endpoint()
    {
        Default();
        var before = Image();
        ApplyThePlan();

        File.AppendAllText(Path.Combine(clone, "samples", "salary-regression", "Dockerfile"), "\nLABEL org.example.serving-fix=\"1\"\n");
        Commit("Fix the serving image");
        var fix = Default();

        Assert.Equal(1, KernelsStarted);
        Assert.Contains("Train: reused salary-regression.1.1", fix, StringComparison.Ordinal);
        Assert.DoesNotContain("Published salary-regression", fix, StringComparison.Ordinal);
        Assert.Equal(1, ImagesBuilt(fix));
        var after = Image();
        Assert.NotEqual(before.GetProperty("imageId").GetString(), after.GetProperty("imageId").GetString());
        Assert.NotEqual(before.GetProperty("tags")[0].GetString(), after.GetProperty("tags")[0].GetString());
        Assert.StartsWith("salary-regression:1.1-", after.GetProperty("tags")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("true", File.ReadAllText(Path.Combine(PlanDirectory, "has-changes")).Trim());
        Assert.Contains("salary-regression.1.1 unchanged; model ", File.ReadAllText(Path.Combine(PlanDirectory, "summary.md")), StringComparison.Ordinal);
        Assert.Contains("(same model: the serving image changed", fix, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        LocalDeployment.TearDown(clone, port, TryBuild);
        folder.Dispose();
    }

    /// <summary>"Built image sha256:…" is printed once per docker build that ran.</summary>
    private static int ImagesBuilt(string output) => BuiltImage().Count(output);

    /// <summary>Notebooks run so far in this test (each started one kernel).</summary>
    private int KernelsStarted => python.NotebookRuns;

    private string[] DefaultArguments => ["--environment=local", $"--endpoint-port={port}", $"--jupyter-python={python.Path}"];

    private string Default() => Build(DefaultArguments);

    private void ApplyThePlan()
    {
        var hash = File.ReadAllText(Path.Combine(PlanDirectory, "plan.sha256")).Split(' ')[0];
        Build("--target=Apply", "--exclusive", "--environment=local", $"--approve={hash}", "--approver=rerun-test");
    }

    private JsonElement Image()
    {
        using var record = JsonDocument.Parse(File.ReadAllText(Path.Combine(clone, "artifacts", "records", "dockerbuild.json")));
        return record.RootElement.Clone();
    }

    private string ImageId() => Image().GetProperty("imageId").GetString()!;

    private string Build(params string[] arguments)
    {
        var (exitCode, output) = Run(arguments);
        Assert.True(exitCode == 0, $"./build.sh {string.Join(' ', arguments)} exited with {exitCode}:\n{output}");
        return output;
    }

    /// <summary>Runs <c>./build.sh</c>; its exit code and its output (standard output and error).</summary>
    private (int ExitCode, string Output) Run(params string[] arguments)
    {
        var result = new ProgramTool(RealContext.Create(), Path.Combine(clone, "build.sh")).Run(
            new ToolRunOptions { StandardInput = string.Empty, SuccessExitCodes = [0, 1, 2] },
            clone,
            new Dictionary<string, string> { ["NO_COLOR"] = "1" },
            arguments);
        return (result.ExitCode, string.Join('\n', result.StandardOutput.Concat(result.StandardError)));
    }

    /// <summary>Clean-up of a test that may have failed half-way: what is not there cannot be removed, so the exit code is not checked.</summary>
    private void TryBuild(params string[] arguments) => Run(arguments);

    private void Commit(string message)
    {
        Git("-C", clone, "add", "--all");
        Git("-C", clone, "-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "--quiet", "-m", message);
    }

    private static void Git(params string[] arguments) => new ProgramTool(RealContext.Create(), "git").Run(null, arguments);

    [GeneratedRegex(@"Built image sha256:[0-9a-f]{64}")]
    private static partial Regex BuiltImage();
}
