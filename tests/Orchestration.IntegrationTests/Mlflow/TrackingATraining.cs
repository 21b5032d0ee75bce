using System.Text.Json;
using Cake.Core;
using Orchestration.Checkout;
using Orchestration.Configuration;
using Orchestration.IntegrationTests.Publishing;
using Orchestration.IntegrationTests.Support;
using Orchestration.Mlflow;
using Orchestration.Notebooks;
using Orchestration.Pipeline;

namespace Orchestration.IntegrationTests.Mlflow;

[Collection(MlflowServerTests.Name)]
public sealed class TrackingATraining(MlflowServer server) : IDisposable
{
    private readonly TemporaryDirectory folder = new("orchestration-mlflow-tracking");
    private readonly ICakeContext context = RealContext.Create();
    private readonly ModelConfiguration model = new()
    {
        Identity = new ModelIdentity("salary-regression", 1, 2),
        Notebook = "train.ipynb",
        ModelPath = "models/m.joblib",
        Environment = "requirements.txt",
        Parameters = [new("alpha", "0.50"), new("data_ver", "1")],
    };

    private readonly CheckoutRecord checkout = new()
    {
        Repository = "https://builder:s3cret-git-token@git.example.com/models.git",
        Ref = "main",
        Commit = new string('a', 40),
        IsDirty = false,
        SourceDirectory = "/src",
        ProjectPath = "samples/salary-regression",
    };

    private string Experiment { get; } = "tracking-" + Guid.NewGuid().ToString("N");

    [MlflowFact]
    public async Task A_successful_training_leaves_a_finished_run_with_parameters_tags_metrics_and_notebooks()
    {
        IReadOnlyDictionary<string, string> kernel = new Dictionary<string, string>();

        var record = await TrackAsync(Options(), variables =>
        {
            kernel = variables;
            return Trained();
        });

        var run = StoredRun(record.Tracking!.RunId);
        Assert.Equal(RunStatus.Finished, run.Status);
        Assert.Equal((run.RunId, run.ExperimentId), (kernel["MLFLOW_RUN_ID"], kernel["MLFLOW_EXPERIMENT_ID"]));
        Assert.Equal(("0.5", "1", "1", "2"), (run.Parameters["alpha"], run.Parameters["data_ver"], run.Parameters["data_version"], run.Parameters["model_version"]));
        Assert.Equal(
            (new string('a', 40), "https://git.example.com/models.git", "samples/salary-regression", "salary-regression.1.2", "f00d", "salary-regression.1.2"),
            (run.Tags["mlflow.source.git.commit"], run.Tags["repository"], run.Tags["project_dir"], run.Tags["identity"], run.Tags["inputs.sha256"], run.Tags["mlflow.runName"]));
        Assert.Equal(0.93, run.Metrics["r2"]);
        Assert.False(run.Metrics.ContainsKey("note"));
        Assert.Equal("{\"cells\": []}", Client().ReadArtifactAsync(run, "notebooks/train.salary-regression.1.2.ipynb").GetAwaiter().GetResult());
    }

    [MlflowFact]
    public async Task A_failed_notebook_ends_the_run_failed_with_the_executed_notebook()
    {
        var error = await Assert.ThrowsAsync<NotebookFailedException>(() => TrackAsync(Options(), _ =>
        {
            WriteNotebooks();
            throw new NotebookFailedException("train.ipynb: Cell In [4] raised ValueError");
        }));

        var run = Assert.Single(Runs());
        Assert.Equal("train.ipynb: Cell In [4] raised ValueError", error.Message);
        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Contains("<html>", Client().ReadArtifactAsync(run, "notebooks/train.salary-regression.1.2.html").GetAwaiter().GetResult(), StringComparison.Ordinal);
    }

    [MlflowFact]
    public async Task An_interrupted_training_ends_the_run_killed()
    {
        await Assert.ThrowsAsync<OperationCanceledException>(() => TrackAsync(Options(), _ => throw new OperationCanceledException()));

        Assert.Equal(RunStatus.Killed, Assert.Single(Runs()).Status);
    }

    [MlflowFact]
    public async Task A_build_cancelled_after_the_notebook_ran_ends_the_run_killed_without_recording_results()
    {
        using var cancellation = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => TrackAsync(Options(), _ =>
        {
            var trained = Trained();
            cancellation.Cancel();
            return trained;
        }, cancellation.Token));

        var run = Assert.Single(Runs());
        Assert.Equal(RunStatus.Killed, run.Status);
        Assert.False(run.Metrics.ContainsKey("r2"));
    }

    [MlflowFact]
    public async Task A_server_that_is_down_fails_the_build_before_training_and_optional_tracking_only_warns()
    {
        var down = new MlflowConnection { TrackingUri = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}/"), Retry = FastRetries.Policy(attempts: 2) };
        var trained = 0;

        var error = await Assert.ThrowsAsync<MlflowException>(() => TrackAsync(Options() with { Connection = down }, _ => { trained++; return Trained(); }));
        var optional = await TrackAsync(Options() with { Connection = down, Optional = true }, _ => { trained++; return Trained(); });

        Assert.StartsWith("MLflow tracking could not open the training run: The MLflow server at http://127.0.0.1:", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, trained);
        Assert.Null(optional.Tracking);
    }

    public void Dispose() => folder.Dispose();

    private MlflowOptions Options() => new()
    {
        Connection = new MlflowConnection { TrackingUri = server.Uri, Retry = FastRetries.Policy() },
        Experiment = Experiment,
    };

    private Task<TrainingRecord> TrackAsync(MlflowOptions options, Func<IReadOnlyDictionary<string, string>, TrainingRecord> train, CancellationToken cancellationToken = default) =>
        TrainingTracker.TrackAsync(context, options, model, checkout, "f00d", new WorkspacePaths(folder.Path), variables => Task.FromResult(train(variables)), cancellationToken);

    private TrainingRecord Trained()
    {
        var (notebook, html) = WriteNotebooks();
        return new TrainingRecord
        {
            ExecutedNotebook = notebook,
            HtmlReport = html,
            ModelFile = folder.Write("models/m.joblib", "model"),
            Parameters = new Dictionary<string, JsonElement>(),
            Metrics = new Dictionary<string, JsonElement>
            {
                ["r2"] = JsonSerializer.SerializeToElement(0.93),
                ["note"] = JsonSerializer.SerializeToElement("not a number"),
            },
            StartedAt = DateTimeOffset.UtcNow,
            FinishedAt = DateTimeOffset.UtcNow,
        };
    }

    private (string Notebook, string Html) WriteNotebooks() =>
        (folder.Write("artifacts/notebooks/train.salary-regression.1.2.ipynb", "{\"cells\": []}"),
         folder.Write("artifacts/notebooks/train.salary-regression.1.2.html", "<html></html>"));

    private MlflowClient Client() => new(Options().Connection, new Cake.Core.Diagnostics.NullLog());

    private MlflowRun StoredRun(string runId)
    {
        using var client = Client();
        return client.GetRunAsync(runId).GetAwaiter().GetResult()!;
    }

    private List<MlflowRun> Runs()
    {
        using var client = Client();
        var experiment = client.GetExperimentIdAsync(Experiment).GetAwaiter().GetResult()!;
        return [.. client.SearchRunIdsAsync(experiment).GetAwaiter().GetResult().Select(StoredRun)];
    }
}
