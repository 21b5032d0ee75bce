using System.Text.Json;

namespace Orchestration.Notebooks;

/// <summary>What a successful notebook run produced (or restored from an identical earlier run).</summary>
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

    /// <summary>The inputs fingerprint the run was made from (absent in records made before fingerprints).</summary>
    public string? InputsSha256 { get; init; }

    /// <summary>SHA-256 of the model file, once known (always for a reused or cached run).</summary>
    public string? ModelSha256 { get; init; }

    /// <summary>Where an earlier identical run was reused from (the local cache or the feed); null when the notebook ran.</summary>
    public string? ReusedFrom { get; init; }
}
