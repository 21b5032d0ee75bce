namespace Orchestration.Pipeline;

/// <summary>Where a run keeps its work (<c>.work/</c>, reusable between runs) and its outputs (<c>artifacts/</c>).</summary>
public sealed record WorkspacePaths(string Root)
{
    public string Work => Path.Combine(Root, ".work");

    public string Artifacts => Path.Combine(Root, "artifacts");

    public string Records => Path.Combine(Artifacts, "records");
}
