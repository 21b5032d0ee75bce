using Orchestration.IntegrationTests.Publishing;
using Orchestration.IntegrationTests.Support;
using Orchestration.Mlflow;

namespace Orchestration.IntegrationTests.Mlflow;

[Collection(MlflowServerTests.Name)]
public sealed class TalkingToTheTrackingServer(MlflowServer server) : IDisposable
{
    private readonly MlflowClient client = new(new MlflowConnection { TrackingUri = server.Uri, Retry = FastRetries.Policy() }, new Cake.Core.Diagnostics.NullLog());
    private readonly TemporaryDirectory folder = new("orchestration-mlflow-client");

    [MlflowFact]
    public async Task An_experiment_is_created_once_and_found_by_name_after()
    {
        var name = "experiment-" + Guid.NewGuid().ToString("N");

        var created = await client.GetOrCreateExperimentAsync(name);
        var again = await client.GetOrCreateExperimentAsync(name);

        Assert.Equal(created, again);
        Assert.Equal(created, await client.GetExperimentIdAsync(name));
        Assert.Null(await client.GetExperimentIdAsync(name + "-absent"));
    }

    [MlflowFact]
    public async Task A_run_keeps_its_parameters_tags_metrics_artifacts_and_final_status()
    {
        var experiment = await client.GetOrCreateExperimentAsync("runs-" + Guid.NewGuid().ToString("N"));
        var run = await client.CreateRunAsync(experiment, "salary-regression.1.2", new Dictionary<string, string> { ["identity"] = "salary-regression.1.2" }, DateTimeOffset.UtcNow);

        await client.LogBatchAsync(
            run.RunId,
            new Dictionary<string, string> { ["alpha"] = "0.5", ["data_version"] = "1" },
            new Dictionary<string, string> { ["mlflow.source.git.commit"] = "abc123" },
            new Dictionary<string, double> { ["r2"] = 0.91, ["rmse"] = 3.25 },
            DateTimeOffset.UtcNow);
        await client.LogParameterAsync(run.RunId, "model_version", "2");
        await client.LogMetricAsync(run.RunId, "mae", 1.5, DateTimeOffset.UtcNow);
        await client.SetTagAsync(run.RunId, "ci.build", "42");
        await client.UploadArtifactAsync(run, folder.Write("train.ipynb", "{\"cells\": []}"), "notebooks/train.ipynb");
        await client.UpdateRunAsync(run.RunId, RunStatus.Finished, DateTimeOffset.UtcNow);

        var stored = await client.GetRunAsync(run.RunId);
        Assert.NotNull(stored);
        Assert.Equal(RunStatus.Finished, stored.Status);
        Assert.Equal(("0.5", "1", "2"), (stored.Parameters["alpha"], stored.Parameters["data_version"], stored.Parameters["model_version"]));
        Assert.Equal(("salary-regression.1.2", "abc123", "42"), (stored.Tags["identity"], stored.Tags["mlflow.source.git.commit"], stored.Tags["ci.build"]));
        Assert.Equal((0.91, 3.25, 1.5), (stored.Metrics["r2"], stored.Metrics["rmse"], stored.Metrics["mae"]));
        Assert.Equal("{\"cells\": []}", await client.ReadArtifactAsync(run, "notebooks/train.ipynb"));
    }

    [MlflowFact]
    public async Task A_model_version_is_found_by_its_tag_and_an_alias_moves_between_versions()
    {
        var name = "model-" + Guid.NewGuid().ToString("N");
        await client.EnsureRegisteredModelAsync(name);
        await client.EnsureRegisteredModelAsync(name);
        var first = await client.CreateModelVersionAsync(name, "https://feed.example.com/m/1.1", null, new Dictionary<string, string> { ["identity"] = "m.1.1" }, "r2 = 0.90");
        var second = await client.CreateModelVersionAsync(name, "https://feed.example.com/m/1.2", null, new Dictionary<string, string> { ["identity"] = "m.1.2" }, null);

        var found = Assert.Single(await client.SearchModelVersionsAsync($"name='{name}' and tags.identity='m.1.2'"));
        Assert.Equal(second.Version, found.Version);
        Assert.Null(await client.GetAliasAsync(name, "local"));

        await client.SetAliasAsync(name, "local", first.Version);
        await client.SetAliasAsync(name, "local", second.Version);
        Assert.Equal(second.Version, (await client.GetAliasAsync(name, "local"))?.Version);

        await client.SetModelVersionTagAsync(name, second.Version, "deployed.local.plan", "sha256:abc");
        await client.UpdateModelVersionDescriptionAsync(name, second.Version, "r2 = 0.91");
        await client.TransitionStageAsync(name, first.Version, "Production", archiveExistingVersions: true);
        var promoted = await client.TransitionStageAsync(name, second.Version, "Production", archiveExistingVersions: true);
        var stored = await client.GetModelVersionAsync(name, second.Version);
        Assert.Equal(("Production", "sha256:abc", "r2 = 0.91"), (promoted.CurrentStage, stored?.Tags["deployed.local.plan"], stored?.Description));
        Assert.Equal("Archived", (await client.GetModelVersionAsync(name, first.Version))?.CurrentStage);

        await client.DeleteAliasAsync(name, "local");
        await client.DeleteAliasAsync(name, "local");
        Assert.Null(await client.GetAliasAsync(name, "local"));
    }

    [MlflowFact]
    public async Task A_refused_request_names_the_server_the_request_and_mlflows_error()
    {
        var error = await Assert.ThrowsAsync<MlflowException>(() => client.CreateRunAsync("no-such-experiment", "x", new Dictionary<string, string>(), DateTimeOffset.UtcNow));

        Assert.StartsWith($"The MLflow server refused POST {server.Uri}api/2.0/mlflow/runs/create: ", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.ErrorCode);
    }

    public void Dispose()
    {
        client.Dispose();
        folder.Dispose();
    }
}
