namespace Orchestration.Mlflow;

/// <summary>One version of a registered model, as the registry holds it.</summary>
internal sealed record MlflowModelVersion(string Name, string Version)
{
    public string? Source { get; init; }

    public string? RunId { get; init; }

    public string? Description { get; init; }

    /// <summary>The registry stage (<c>None</c>, <c>Staging</c>, <c>Production</c>, <c>Archived</c>).</summary>
    public string CurrentStage { get; init; } = "None";

    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<string> Aliases { get; init; } = [];
}
