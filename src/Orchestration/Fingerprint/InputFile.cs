namespace Orchestration.Fingerprint;

/// <summary>One file of the model project: its path relative to the project folder (with <c>/</c>), SHA-256 and size.</summary>
public sealed record InputFile(string Path, string Sha256, long Size);
