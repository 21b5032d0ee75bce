namespace Orchestration.Mlflow;

/// <summary>The MLflow run a training was tracked in: later stages link the registered model version to it.</summary>
public sealed record TrackedRun
{
    /// <summary>The tracking server, as shown to people (no credentials).</summary>
    public required string TrackingUri { get; init; }

    public required string ExperimentId { get; init; }

    public required string RunId { get; init; }

    /// <summary>Where the run's page is: <c>TRACKING_URI/#/experiments/ID/runs/RUN</c>.</summary>
    public string Link => $"{TrackingUri}/#/experiments/{ExperimentId}/runs/{RunId}";
}
