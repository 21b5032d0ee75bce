using System.Text.Json;

namespace Orchestration.Notebooks;

/// <summary>What a successful notebook run produced.</summary>
public sealed record TrainingRecord
{
    /// <summary>The executed notebook under <c>artifacts/notebooks/</c>.</summary>
    public required string ExecutedNotebook { get; init; }

    /// <summary>Its HTML rendering, for reviewers.</summary>
    public required string HtmlReport { get; init; }

    /// <summary>The model file the notebook wrote (absolute path).</summary>
    public required string ModelFile { get; init; }

    /// <summary>The parameters injected, by name, as the values the notebook saw.</summary>
    public required IReadOnlyDictionary<string, JsonElement> Parameters { get; init; }

    /// <summary>The metrics the notebook recorded (see the metrics convention in the README).</summary>
    public required IReadOnlyDictionary<string, JsonElement> Metrics { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset FinishedAt { get; init; }

    /// <summary>The MLflow run this training was tracked in, when it was.</summary>
    public Mlflow.TrackedRun? Tracking { get; init; }
}
