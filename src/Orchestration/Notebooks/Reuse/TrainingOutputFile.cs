namespace Orchestration.Notebooks.Reuse;

/// <summary>One file a training run produced, by its name where it is kept, and its SHA-256 (lowercase hex).</summary>
internal sealed record TrainingOutputFile(string Name, string Sha256);
