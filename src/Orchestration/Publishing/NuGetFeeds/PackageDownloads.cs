using System.Collections.Concurrent;
using Orchestration.Configuration;

namespace Orchestration.Publishing.NuGetFeeds;

/// <summary>
/// The packages a build downloaded from NuGet feeds, kept in <c>.work/downloads/</c> for the rest of the build:
/// Train's look-up of an earlier run, its restore, and Publish's comparison read one download instead of three.
/// Published versions never change, so a copy stays right for the build; one whose size or time changed since is
/// downloaded again, and what is read from a copy is checked as from a download (the model and reports against the
/// SHA-256s of their provenance). A version the feed did not have is not remembered: it may be published meanwhile.
/// The folder is emptied when the next build first uses it, and when this one ends: each build downloads afresh.
/// </summary>
internal sealed class PackageDownloads
{
    private static readonly ConcurrentDictionary<string, PackageDownloads> Builds = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, Download> downloads = new(StringComparer.Ordinal);
    private readonly string folder;

    private PackageDownloads(string folder)
    {
        this.folder = folder;

        // What an earlier build left (the workspace is one build's at a time): never read as this build's.
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Clear();
    }

    /// <summary>This build's downloads kept in <paramref name="folder"/>: the same object for every feed opened on it.</summary>
    public static PackageDownloads In(string folder) => Builds.GetOrAdd(Path.GetFullPath(folder), path => new PackageDownloads(path));

    /// <summary>The package this build already downloaded, still as it was; null when there is none.</summary>
    public string? Kept(string feed, ModelIdentity identity) =>
        downloads.TryGetValue(Key(feed, identity), out var kept) && kept.IsIntact() ? kept.File : null;

    /// <summary>The downloaded package of <paramref name="identity"/> from <paramref name="feed"/>, fetched now if this build has not yet; null when the feed does not have it.</summary>
    public async Task<string?> GetAsync(string feed, ModelIdentity identity, Func<Stream, CancellationToken, Task<bool>> download, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(download);
        var key = Key(feed, identity);
        if (downloads.TryGetValue(key, out var kept))
        {
            if (kept.IsIntact())
            {
                return kept.File;
            }

            File.Delete(kept.File);
        }

        var file = Path.Combine(folder, $"{identity}.{Guid.NewGuid():N}.nupkg");
        bool found;
        await using (var stream = new FileStream(file, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 1 << 20, useAsync: true))
        {
            found = await download(stream, cancellationToken).ConfigureAwait(false);
        }

        if (!found)
        {
            File.Delete(file);
            return null;
        }

        downloads[key] = Download.Of(file);
        return file;
    }

    private static string Key(string feed, ModelIdentity identity) => $"{feed}\n{identity}";

    private void Clear()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A copy still open as the process ends: the next build empties the folder.
        }
    }

    private sealed record Download(string File, long Length, DateTime WrittenAt)
    {
        public static Download Of(string file)
        {
            var info = new FileInfo(file);
            return new Download(file, info.Length, info.LastWriteTimeUtc);
        }

        /// <summary>Still there as it was downloaded (a copy altered since is downloaded again).</summary>
        public bool IsIntact() => System.IO.File.Exists(File) && Of(File) == this;
    }
}
