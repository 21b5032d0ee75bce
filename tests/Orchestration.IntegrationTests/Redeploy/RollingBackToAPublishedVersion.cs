using System.Text.Json;
using Orchestration.IntegrationTests.Support;
using Orchestration.Tooling;

namespace Orchestration.IntegrationTests.Redeploy;

/// <summary>
/// The sample through <c>./build.sh</c> in a fresh clone, on the private engine, the folder feed and local Terraform
/// state: 1.1 and 1.2 published, 1.2 deployed, then <c>--deploy=salary-regression.1.1</c> planned, approved and
/// applied — with no checkout and no notebook run — and <c>--deploy=previous</c> resolved from the audit log.
/// </summary>
public sealed class RollingBackToAPublishedVersion : IDisposable
{
    private const string Container = "salary-regression-local";

    private readonly TemporaryDirectory folder = new("orchestration-rollback");
    private readonly string clone;
    private readonly int port = LoopbackPort.Free();

    public RollingBackToAPublishedVersion()
    {
        clone = folder.Combine("repository");
        new ProgramTool(RealContext.Create(), "git").Run(null, "clone", "--quiet", RepositoryRoot.Path, clone);
    }

    private string PlanDirectory => Path.Combine(clone, "artifacts", "plan", "local");

    [Fact]
    public void A_published_version_is_deployed_again_without_training_through_the_same_approval()
    {
        Build("--environment=local", $"--endpoint-port={port}");
        Build("--environment=local", $"--endpoint-port={port}", "--model-version=2");
        Apply();
        Assert.Equal("salary-regression.1.2", ServingIdentity());

        var rollback = Build("--target=Plan", "--environment=local", $"--endpoint-port={port}", "--deploy=salary-regression.1.1");

        Assert.DoesNotContain("[cell ", rollback, StringComparison.Ordinal);
        Assert.DoesNotContain("Cloning", rollback, StringComparison.Ordinal);
        Assert.Contains("DockerBuild: reused", rollback, StringComparison.Ordinal);
        Assert.Contains("rollback: 1.2 → 1.1 of salary-regression", File.ReadAllText(Path.Combine(PlanDirectory, "summary.md")), StringComparison.Ordinal);
        Assert.Contains("rollback: 1.2 → 1.1 of salary-regression", rollback, StringComparison.Ordinal);

        Apply();

        Assert.Equal("salary-regression.1.1", ServingIdentity());
        // Each change is recorded approved, then applied (and again with the smoke test's outcome).
        var changes = AuditLog()
            .Where(line => line.GetProperty("status").GetString() == "applied")
            .Select(line => (Plan: line.GetProperty("planSha256").GetString(), Identity: line.GetProperty("identity").GetString()))
            .Distinct()
            .Select(change => change.Identity);
        Assert.Equal(["salary-regression.1.2", "salary-regression.1.1"], changes);

        var previous = Build("--target=Plan", "--environment=local", $"--endpoint-port={port}", "--deploy=previous");

        Assert.Contains("--deploy=previous: salary-regression.1.2 served 'local' before the version serving it now", previous, StringComparison.Ordinal);
        Assert.Contains("deploy: 1.1 → 1.2 of salary-regression", File.ReadAllText(Path.Combine(PlanDirectory, "summary.md")), StringComparison.Ordinal);

        // Without its image on the engine, 1.1 is built from the serving files of the commit it was trained at:
        // the same inputs, so the very image that serves it now is found and reused.
        var serving = Docker("container", "inspect", "--format", "{{.Image}}", Container).Trim();
        Docker("image", "rm", "salary-regression:1.1");

        var rebuilt = Build("--target=DockerBuild", "--environment=local", "--deploy=salary-regression.1.1");

        Assert.Contains("fetching its serving files", rebuilt, StringComparison.Ordinal);
        Assert.DoesNotContain("[cell ", rebuilt, StringComparison.Ordinal);
        Assert.Contains("DockerBuild: reused", rebuilt, StringComparison.Ordinal);
        Assert.Equal(serving, Image().GetProperty("imageId").GetString());
    }

    [Fact]
    public void A_version_not_in_the_feed_is_refused_naming_the_feed_and_what_it_has()
    {
        var feed = folder.Combine("empty-feed");
        Directory.CreateDirectory(feed);

        var refused = Assert.Throws<ToolFailedException>(() => Build("--target=Plan", "--environment=local", "--deploy=salary-regression.1.7", $"--feed={feed}"));

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains(
            $"--deploy=salary-regression.1.7: salary-regression.1.7 is not published in {feed} (nuget feed; it has no version of salary-regression). "
            + "Name a published version, or check --feed and --feed-type.",
            refused.Message,
            StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(clone, ".work", "checkout")), "nothing was checked out");
    }

    public void Dispose()
    {
        LocalDeployment.TearDown(clone, port, TryBuild);
        folder.Dispose();
    }

    private void Apply()
    {
        var hash = File.ReadAllText(Path.Combine(PlanDirectory, "plan.sha256")).Split(' ')[0];
        Build("--target=Apply", "--exclusive", "--environment=local", $"--approve={hash}", "--approver=rollback-test");
    }

    /// <summary>What the running endpoint's image says it serves: its label org.orchestration.model.identity.</summary>
    private string ServingIdentity()
    {
        var imageId = Docker("container", "inspect", "--format", "{{.Image}}", Container).Trim();
        return Docker("image", "inspect", "--format", "{{index .Config.Labels \"org.orchestration.model.identity\"}}", imageId).Trim();
    }

    private List<JsonElement> AuditLog() =>
        [.. File.ReadLines(Path.Combine(clone, ".work", "terraform", "audit.log")).Select(line => JsonDocument.Parse(line).RootElement.Clone())];

    private JsonElement Image()
    {
        using var record = JsonDocument.Parse(File.ReadAllText(Path.Combine(clone, "artifacts", "records", "dockerbuild.json")));
        return record.RootElement.Clone();
    }

    private string Docker(params string[] arguments)
    {
        var host = Image().TryGetProperty("dockerHost", out var recorded) && recorded.ValueKind == JsonValueKind.String ? recorded.GetString() : null;
        string[] hostArguments = host is null ? [] : ["--host", host];
        return string.Join('\n', new ProgramTool(RealContext.Create(), "docker").Run(null, [.. hostArguments, .. arguments]).StandardOutput);
    }

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
}
