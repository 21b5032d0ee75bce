using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Cake.Common.Diagnostics;
using Cake.Core;
using Orchestration.Checkout;
using Orchestration.Configuration;
using Orchestration.Notebooks;
using Orchestration.Packaging;
using Orchestration.Pipeline;

namespace Orchestration.Mlflow;

/// <summary>
/// Tracks one training in MLflow: opens a run named after the identity (in the experiment, created if
/// absent) with the parameters and tags, hands the kernel MLFLOW_RUN_ID and MLFLOW_EXPERIMENT_ID, then
/// logs the metrics and the executed notebook and ends the run FINISHED, FAILED or KILLED. A server that
/// fails after its retries fails the build (the run marked FAILED when the server can still be reached),
/// or, with --mlflow-optional, is a warning.
/// </summary>
public sealed class TrainingTracker : IDisposable
{
    private readonly ICakeContext context;
    private readonly MlflowOptions options;
    private readonly MlflowClient client;
    private MlflowRun? run;
    private int ended;

    private TrainingTracker(ICakeContext context, MlflowOptions options)
    {
        this.context = context;
        this.options = options;
        client = new MlflowClient(options.Connection, context.Log);
    }

    /// <summary>Runs <paramref name="train"/> (given the variables for the kernel) inside a tracked run; without options, just runs it.</summary>
    public static async Task<TrainingRecord> TrackAsync(
        ICakeContext context,
        MlflowOptions? options,
        ModelConfiguration model,
        CheckoutRecord checkout,
        string? inputsFingerprint,
        WorkspacePaths paths,
        Func<IReadOnlyDictionary<string, string>, Task<TrainingRecord>> train,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(train);
        if (options is null)
        {
            return await train(new Dictionary<string, string>()).ConfigureAwait(false);
        }

        using var tracker = new TrainingTracker(context, options);
        var subject = new TrainingSubject(model, checkout, inputsFingerprint, CiBuildDetector.Detect(context));
        var tracked = await tracker.OpenAsync(subject, cancellationToken).ConfigureAwait(false);
        var outputs = TrainingRun.For(paths, model.Identity, model.Notebook, model.ModelPath);
        TrainingRecord record;
        try
        {
            record = await train(tracked is null ? new Dictionary<string, string>() : tracker.KernelVariables()).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            await tracker.EndAfterFailureAsync(error, outputs.ExecutedNotebook, outputs.HtmlReport).ConfigureAwait(false);
            throw;
        }

        return record with { Tracking = await tracker.FinishAsync(record, cancellationToken).ConfigureAwait(false) };
    }

    public void Dispose()
    {
        client.Dispose();
    }

    private Dictionary<string, string> KernelVariables() => new(StringComparer.Ordinal)
    {
        ["MLFLOW_RUN_ID"] = run!.RunId,
        ["MLFLOW_EXPERIMENT_ID"] = run.ExperimentId,
    };

    private async Task<TrackedRun?> OpenAsync(TrainingSubject subject, CancellationToken cancellationToken)
    {
        try
        {
            var experiment = await client.GetOrCreateExperimentAsync(options.Experiment, cancellationToken).ConfigureAwait(false);
            run = await client.CreateRunAsync(experiment, subject.RunName, subject.Tags(), DateTimeOffset.UtcNow, cancellationToken).ConfigureAwait(false);
            await client.LogBatchAsync(
                run.RunId, subject.Parameters(), new Dictionary<string, string>(), new Dictionary<string, double>(), DateTimeOffset.UtcNow, cancellationToken).ConfigureAwait(false);
            var tracked = Describe(run);
            context.Information("MLflow: run {0} of experiment '{1}' ({2}).", subject.RunName, options.Experiment, tracked.Link);
            return tracked;
        }
        catch (MlflowException error)
        {
            await EndQuietlyAsync(RunStatus.Failed).ConfigureAwait(false);
            return Unavailable(error, "could not open the training run");
        }
        catch (OperationCanceledException)
        {
            await EndQuietlyAsync(RunStatus.Killed).ConfigureAwait(false);
            throw;
        }
    }

    private async Task<TrackedRun?> FinishAsync(TrainingRecord record, CancellationToken cancellationToken)
    {
        if (run is null)
        {
            return null;
        }

        try
        {
            var metrics = NumericMetrics(record.Metrics);
            var logged = (await client.GetRunAsync(run.RunId, cancellationToken).ConfigureAwait(false))?.Metrics ?? new Dictionary<string, double>();
            var missing = metrics.Where(m => !logged.TryGetValue(m.Key, out var value) || !value.Equals(m.Value)).ToDictionary(StringComparer.Ordinal);
            await client.LogBatchAsync(run.RunId, new Dictionary<string, string>(), new Dictionary<string, string>(), missing, record.FinishedAt, cancellationToken).ConfigureAwait(false);
            await UploadNotebooksAsync(record.ExecutedNotebook, record.HtmlReport, cancellationToken).ConfigureAwait(false);
            await EndAsync(RunStatus.Finished, cancellationToken).ConfigureAwait(false);
            return Describe(run);
        }
        catch (MlflowException error)
        {
            await EndQuietlyAsync(RunStatus.Failed).ConfigureAwait(false);
            return Unavailable(error, "could not record the training's results");
        }
        catch (OperationCanceledException)
        {
            await EndQuietlyAsync(RunStatus.Killed).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Ends the run FAILED or, when the build was cancelled, KILLED. Not cancellable itself: it is what runs after the
    /// cancellation, and a run left RUNNING on the server would say the training still goes on.
    /// </summary>
    private async Task EndAfterFailureAsync(Exception error, string executedNotebook, string htmlReport)
    {
        if (run is null)
        {
            return;
        }

        var status = error is OperationCanceledException ? RunStatus.Killed : RunStatus.Failed;
        try
        {
            // A cancelled run moved no notebook into place: the files there are an earlier run's.
            if (status == RunStatus.Failed)
            {
                await UploadNotebooksAsync(executedNotebook, htmlReport, CancellationToken.None).ConfigureAwait(false);
            }

            await EndAsync(status, CancellationToken.None).ConfigureAwait(false);
            context.Information("MLflow: run {0} ended {1}.", run.RunId, status.ToApi());
        }
        catch (MlflowException tracking)
        {
            // The training's own failure is what the reader needs; the tracking one is a footnote.
            context.Warning("MLflow: could not end run {0} as {1}: {2}", run.RunId, status.ToApi(), tracking.Message);
        }
    }

    private async Task UploadNotebooksAsync(string executedNotebook, string htmlReport, CancellationToken cancellationToken)
    {
        foreach (var file in new[] { executedNotebook, htmlReport }.Where(File.Exists))
        {
            await client.UploadArtifactAsync(run!, file, "notebooks/" + Path.GetFileName(file), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task EndAsync(RunStatus status, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref ended, 1) == 0)
        {
            await client.UpdateRunAsync(run!.RunId, status, DateTimeOffset.UtcNow, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Not cancellable: it runs after a failure or a cancellation, to leave no run RUNNING on the server.</summary>
    private async Task EndQuietlyAsync(RunStatus status)
    {
        if (run is null)
        {
            return;
        }

        try
        {
            await EndAsync(status, CancellationToken.None).ConfigureAwait(false);
        }
        catch (MlflowException)
        {
            // The server is unreachable: the first error already says so.
        }
    }

    private TrackedRun? Unavailable(MlflowException error, string what)
    {
        var marked = run is null ? string.Empty : $" Run {run.RunId} was marked FAILED where the server could still be reached.";
        if (!options.Optional)
        {
            throw new MlflowException($"MLflow tracking {what}: {error.Message}{marked} (--mlflow-optional turns this into a warning.)", error)
            {
                Status = error.Status,
                ErrorCode = error.ErrorCode,
            };
        }

        context.Warning("MLflow tracking {0}, continuing without it (--mlflow-optional): {1}{2}", what, error.Message, marked);
        run = null;
        return null;
    }

    private TrackedRun Describe(MlflowRun tracked) => new()
    {
        TrackingUri = options.Connection.Display,
        ExperimentId = tracked.ExperimentId,
        RunId = tracked.RunId,
    };

    private Dictionary<string, double> NumericMetrics(IReadOnlyDictionary<string, JsonElement> metrics)
    {
        var numeric = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, value) in metrics)
        {
            if (value.ValueKind == JsonValueKind.Number && double.IsFinite(value.GetDouble()))
            {
                numeric[name] = value.GetDouble();
            }
            else
            {
                context.Verbose("MLflow: metric {0} = {1} is not a finite number; not logged.", name, value.GetRawText());
            }
        }

        return numeric;
    }
}
