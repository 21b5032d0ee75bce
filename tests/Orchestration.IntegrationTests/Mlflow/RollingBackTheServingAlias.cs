using System.Text.Json;
using Orchestration.Configuration;
using Orchestration.IntegrationTests.Support;
using Orchestration.Mlflow;
using Orchestration.Tooling;

namespace Orchestration.IntegrationTests.Mlflow;

/// <summary>
/// The sample with a real tracking server: 1.1 and 1.2 published (and registered), 1.2 deployed, then
/// <c>--deploy=salary-regression.1.1</c> approved and applied moves the alias <c>local</c> to 1.1's version; a
/// workspace without the audit log finds <c>--deploy=previous</c> through that alias.
/// </summary>
[Collection(MlflowServerTests.Name)]
public sealed class RollingBackTheServingAlias(MlflowServer server) : IDisposable
{
    private readonly TemporaryDirectory folder = new("orchestration-rollback-mlflow");
    private readonly int port = LoopbackPort.Free();
    private string? clone;

    private string Clone => clone ??= CloneRepository();

    private string PlanDirectory => Path.Combine(Clone, "artifacts", "plan", "local");

    [MlflowFact]
    public async Task A_rollback_moves_the_environments_alias_to_the_older_version()
    {
        Build("--environment=local", $"--endpoint-port={port}");
        Build("--environment=local", $"--endpoint-port={port}", "--model-version=2");
        Apply();
        Build("--target=Plan", "--environment=local", $"--endpoint-port={port}", "--deploy=salary-regression.1.1");
        Apply();

        using var client = new MlflowClient(new MlflowConnection { TrackingUri = server.Uri }, new Cake.Core.Diagnostics.NullLog());
        var rolledBack = await client.FindVersionAsync(new ModelIdentity("salary-regression", 1, 1));
        var serving = await client.GetAliasAsync("salary-regression", "local");
        Assert.NotNull(rolledBack);
        Assert.Equal(rolledBack.Version, serving?.Version);

        File.Delete(Path.Combine(Clone, ".work", "terraform", "audit.log"));
        File.Delete(Path.Combine(Clone, "artifacts", "plan", "audit.log"));
        var unnamed = Assert.Throws<ToolFailedException>(() => Build("--target=DockerBuild", "--environment=local", "--deploy=previous"));
        Assert.Contains("Or name the model (--model-name=NAME) for the MLflow registry at", unnamed.Message, StringComparison.Ordinal);
        var previous = Build("--target=DockerBuild", "--environment=local", "--deploy=previous", "--model-name=salary-regression");

        Assert.Contains("--deploy=previous: salary-regression.1.2 served 'local' before the version serving it now (MLflow registry", previous, StringComparison.Ordinal);
        using var record = JsonDocument.Parse(File.ReadAllText(Path.Combine(Clone, "artifacts", "records", "deploy.json")));
        Assert.Equal("salary-regression.1.2", record.RootElement.GetProperty("identity").GetString());
    }

    public void Dispose()
    {
        if (clone is not null)
        {
            LocalDeployment.TearDown(clone, port, TryBuild);
        }

        folder.Dispose();
    }

    private string CloneRepository()
    {
        var path = folder.Combine("repository");
        new ProgramTool(RealContext.Create(), "git").Run(null, "clone", "--quiet", RepositoryRoot.Path, path);
        return path;
    }

    private void Apply()
    {
        var hash = File.ReadAllText(Path.Combine(PlanDirectory, "plan.sha256")).Split(' ')[0];
        Build("--target=Apply", "--exclusive", "--environment=local", $"--approve={hash}", "--approver=rollback-test");
    }

    private string Build(params string[] arguments)
    {
        var result = new ProgramTool(RealContext.Create(), Path.Combine(Clone, "build.sh")).Run(
            new ToolRunOptions { StandardInput = string.Empty },
            Clone,
            new Dictionary<string, string> { ["NO_COLOR"] = "1", ["MLFLOW_TRACKING_URI"] = server.Uri.AbsoluteUri },
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
