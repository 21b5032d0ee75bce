namespace Orchestration.Mlflow;

/// <summary>A run on the tracking server: its id, its experiment and where its artifacts go.</summary>
internal sealed record MlflowRun(string RunId, string ExperimentId, string ArtifactUri)
{
    public RunStatus Status { get; init; } = RunStatus.Running;

    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    /// <summary>The latest value of each metric.</summary>
    public IReadOnlyDictionary<string, double> Metrics { get; init; } = new Dictionary<string, double>();
}
