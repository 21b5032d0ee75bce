using System.Text.Json;
using Orchestration.Configuration;

namespace Orchestration.Notebooks.Reuse;

/// <summary>
/// <c>training.json</c> in a cache entry: what a successful run of these inputs produced. The files lie
/// beside it; their SHA-256 is checked before they are used again.
/// </summary>
internal sealed record CachedTraining
{
    public required ModelIdentity Identity { get; init; }

    public required string InputsSha256 { get; init; }

    public required TrainingOutputFile Model { get; init; }

    public required TrainingOutputFile ExecutedNotebook { get; init; }

    public required TrainingOutputFile HtmlReport { get; init; }

    public required IReadOnlyDictionary<string, JsonElement> Parameters { get; init; }

    public required IReadOnlyDictionary<string, JsonElement> Metrics { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset FinishedAt { get; init; }
}
