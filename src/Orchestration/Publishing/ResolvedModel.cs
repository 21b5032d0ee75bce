namespace Orchestration.Publishing;

/// <summary>A published model downloaded from its feed, its SHA-256 checked against its provenance.</summary>
public sealed record ResolvedModel(string ModelFile, string ProvenanceFile, string ModelSha256);
