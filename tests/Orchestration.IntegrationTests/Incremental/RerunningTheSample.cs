using System.Text.Json;
using System.Text.RegularExpressions;
using Orchestration.IntegrationTests.Support;
using Orchestration.Tooling;

namespace Orchestration.IntegrationTests.Incremental;

/// <summary>
/// The bundled sample through <c>./build.sh</c> in a fresh clone, on the private engine and local Terraform
/// state, run again after an approved Apply: counting the images built, the notebooks run and the plan's
/// changes, never the time taken.
/// </summary>
public sealed partial class RerunningTheSample : IDisposable
{
    private readonly TemporaryDirectory folder = new("orchestration-rerun");
    private readonly string clone;
    private readonly int port = LoopbackPort.Free();

    public RerunningTheSample()
    {
        clone = folder.Combine("repository");
        Git("clone", "--quiet", RepositoryRoot.Path, clone);
    }

    private string PlanDirectory => Path.Combine(clone, "artifacts", "plan", "local");

    [Fact]
    public void An_unchanged_rerun_after_Apply_builds_no_image_and_its_plan_has_no_changes()
    {
        var cold = Default();
        Assert.Equal(1, ImagesBuilt(cold));
        var deployed = ImageId();
        ApplyThePlan();

        var rerun = Default();

        Assert.Equal(0, ImagesBuilt(rerun));
        Assert.Contains("DockerBuild: reused", rerun, StringComparison.Ordinal);
        Assert.Equal(deployed, ImageId());
        Assert.Equal("false", File.ReadAllText(Path.Combine(PlanDirectory, "has-changes")).Trim());
        Assert.Contains("No changes.", File.ReadAllText(Path.Combine(PlanDirectory, "plan.txt")), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        TryBuild("--target=Destroy", "--environment=local", $"--endpoint-port={port}");
        var destroyPlan = Path.Combine(PlanDirectory, "destroy", "plan.sha256");
        if (File.Exists(destroyPlan))
        {
            TryBuild("--target=Destroy", "--environment=local", $"--approve={File.ReadAllText(destroyPlan).Split(' ')[0]}");
        }

        TryBuild("--target=DockerStop");
        folder.Dispose();
    }

    /// <summary>"Built image sha256:…" is printed once per docker build that ran.</summary>
    private static int ImagesBuilt(string output) => BuiltImage().Count(output);

    private string Default() => Build("--environment=local", $"--endpoint-port={port}");

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
        var result = new ProgramTool(RealContext.Create(), Path.Combine(clone, "build.sh")).Run(
            new ToolRunOptions { StandardInput = string.Empty },
            clone,
            new Dictionary<string, string> { ["NO_COLOR"] = "1" },
            arguments);
        return string.Join('\n', result.StandardOutput);
    }

    private void TryBuild(params string[] arguments)
    {
        try
        {
            Build(arguments);
        }
        catch (ToolFailedException)
        {
            // Clean-up of a test that failed half-way: what is not there cannot be removed.
        }
    }

    private static void Git(params string[] arguments) => new ProgramTool(RealContext.Create(), "git").Run(null, arguments);

    [GeneratedRegex(@"Built image sha256:[0-9a-f]{64}")]
    private static partial Regex BuiltImage();
}
