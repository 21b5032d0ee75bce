namespace Orchestration.Fingerprint;

/// <summary>
/// The content of the model project as training sees it: every file git tracks in the project folder,
/// and every declared data file, without the model file the notebook writes and the Dockerfile.
/// </summary>
public sealed record ProjectTree
{
    public string Sha256 => CanonicalDigest.Of(Files.Select(file => new[] { file.Path, file.Sha256 }));

    /// <summary>Sorted by path (ordinal), so the digest does not depend on the order files were listed in.</summary>
    public required IReadOnlyList<InputFile> Files { get; init; }

    public static ProjectTree Of(IEnumerable<InputFile> files) =>
        new() { Files = [.. files.OrderBy(file => file.Path, StringComparer.Ordinal)] };
}
