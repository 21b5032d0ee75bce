using Orchestration.Pipeline;

namespace Orchestration.Notebooks.Reuse;

/// <summary>
/// Puts restored files in place all or nothing: each is copied under a temporary name beside its
/// destination while its SHA-256 is checked, and only when every one is complete and right are they
/// renamed into place. A reader never sees half a file, or a file that does not match its digest.
/// </summary>
internal sealed class VerifiedFiles : IDisposable
{
    private readonly List<(string Temporary, string Destination)> staged = [];

    /// <summary>Copies <paramref name="source"/> beside <paramref name="destination"/>; false (nothing kept) when its digest is not <paramref name="sha256"/>.</summary>
    public bool Stage(Stream source, string destination, string sha256)
    {
        ArgumentNullException.ThrowIfNull(source);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(destination))!);
        var temporary = $"{destination}.{Guid.NewGuid():N}.tmp";
        staged.Add((temporary, destination));
        using (var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 20))
        {
            return string.Equals(Sha256.CopyHashing(source, target), sha256, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>Renames every staged file into place.</summary>
    public void Commit()
    {
        foreach (var (temporary, destination) in staged)
        {
            File.Move(temporary, destination, overwrite: true);
        }

        staged.Clear();
    }

    /// <summary>Removes what was staged and not committed.</summary>
    public void Dispose()
    {
        foreach (var (temporary, _) in staged)
        {
            File.Delete(temporary);
        }
    }
}
