using System.Text.Json.Nodes;
using Orchestration.IntegrationTests.Mlflow;
using Orchestration.IntegrationTests.Support;
using Orchestration.Mlflow;
using Orchestration.Tooling;

namespace Orchestration.IntegrationTests.EndToEnd;

/// <summary>
/// The sample's flow with a real MLflow server, as a user runs it: Default with <c>--mlflow-tracking-uri</c> tracks the
/// training and registers the published identity; the approved Apply points the alias <c>local</c> at it; publishing
/// again registers nothing; Destroy removes the alias.
/// </summary>
[Collection(MlflowServerTests.Name)]
public sealed class TheSamplePipelineWithMlflow : IDisposable
{
    private const string Model = "salary-regression";
    private readonly TemporaryDirectory folder = new("orchestration-e2e-mlflow");
    private readonly MlflowServer server;
    private readonly string clone;
    private readonly int port = LoopbackPort.Free();

    public TheSamplePipelineWithMlflow(MlflowServer server)
    {
        this.server = server;
        clone = folder.Combine("repository");
        new ProgramTool(RealContext.Create(), "git").Run(null, "clone", "--quiet", RepositoryRoot.Path, clone);
    }

    private string Experiment { get; } = "e2e-" + Guid.NewGuid().ToString("N")[..12];

    [MlflowFact]
    public async Task The_deployed_version_holds_the_environments_alias_until_destroy()
    {
        Build("--environment=local", $"--endpoint-port={port}");

        using var client = new MlflowClient(new MlflowConnection { TrackingUri = server.Uri }, new Cake.Core.Diagnostics.NullLog());
        var experiment = await client.GetExperimentIdAsync(Experiment);
        var run = await client.GetRunAsync(Assert.Single(await client.SearchRunIdsAsync(experiment!)));
        Assert.Equal((RunStatus.Finished, "salary-regression.1.1"), (run?.Status, run?.Tags["identity"]));
        var registered = Assert.Single(await client.SearchModelVersionsAsync($"name='{Model}' and tags.identity='salary-regression.1.1'"));
        Assert.Equal(run!.RunId, registered.RunId);

        var hash = File.ReadAllText(Path.Combine(clone, "artifacts", "plan", "local", "plan.sha256")).Split(' ')[0];
        Build("--target=Apply", "--exclusive", "--environment=local", $"--approve={hash}", "--approver=e2e-test");
        var alias = await AliasAnswer("local");
        Assert.Equal(registered.Version, (string?)alias?["model_version"]?["version"]);

        Build("--target=Publish", "--exclusive");
        Assert.Single(await client.SearchModelVersionsAsync($"name='{Model}'"));

        // An alias that strayed (its move failed under --mlflow-optional, or it was moved by hand) is pointed back by
        // the next Apply, though that has nothing to apply.
        await client.DeleteAliasAsync(Model, "local", CancellationToken.None);
        Build("--target=Apply", "--environment=local", $"--endpoint-port={port}");
        Assert.Equal(registered.Version, (string?)(await AliasAnswer("local"))?["model_version"]?["version"]);

        // Without --approve, Destroy saves its plan and refuses: nothing is destroyed, the alias stays.
        Assert.Equal(1, Assert.Throws<ToolFailedException>(() => Build("--target=Destroy", "--environment=local", $"--endpoint-port={port}")).ExitCode);
        Assert.NotNull(await AliasAnswer("local"));
        var destroyHash = File.ReadAllText(Path.Combine(clone, "artifacts", "plan", "local", "destroy", "plan.sha256")).Split(' ')[0];
        Build("--target=Destroy", "--environment=local", $"--approve={destroyHash}", "--approver=e2e-test");
        Assert.Null(await AliasAnswer("local"));
    }

    public void Dispose()
    {
        LocalDeployment.TearDown(clone, port, TryBuild);
        folder.Dispose();
    }

    /// <summary>The answer of <c>GET registered-models/alias</c>, as a user would ask it; null when the alias is not set.</summary>
    private async Task<JsonNode?> AliasAnswer(string alias)
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri(server.Uri, $"api/2.0/mlflow/registered-models/alias?name={Model}&alias={alias}"));
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            Assert.Contains($"alias {alias} not found", body, StringComparison.Ordinal);
            return null;
        }

        return JsonNode.Parse(body);
    }

    private ToolResult Build(params string[] arguments) =>
        new ProgramTool(RealContext.Create(), Path.Combine(clone, "build.sh")).Run(
            new ToolRunOptions { StandardInput = string.Empty },
            clone,
            new Dictionary<string, string> { ["NO_COLOR"] = "1" },
            [.. arguments, $"--mlflow-tracking-uri={server.Uri.AbsoluteUri}", $"--mlflow-experiment={Experiment}"]);

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
