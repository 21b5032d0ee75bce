using System.Security.Cryptography;

namespace Orchestration.Packaging;

/// <summary>
/// The package's SHA-512 (base64, as NuGet records it in a feed's <c>.nupkg.sha512</c>), written beside the package
/// by Package so that Publish to a folder copies the package without reading it: the hash is taken while Package
/// still has the file warm. A hash older than its package (the package was replaced since) is not used.
/// </summary>
internal static class PackageHash
{
    public static string FileOf(string packageFile) => packageFile + ".sha512";

    /// <summary>Hashes <paramref name="packageFile"/> and writes the hash beside it.</summary>
    public static string Record(string packageFile)
    {
        string sha512;
        using (var package = new FileStream(packageFile, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan))
        {
            sha512 = Convert.ToBase64String(SHA512.HashData(package));
        }

        AtomicFile.Write(FileOf(packageFile), stream => stream.Write(System.Text.Encoding.ASCII.GetBytes(sha512)));
        return sha512;
    }

    /// <summary>The hash Package recorded for <paramref name="packageFile"/>, or null when there is none or the package is newer.</summary>
    public static string? Recorded(string packageFile)
    {
        var hash = new FileInfo(FileOf(packageFile));
        var package = new FileInfo(packageFile);
        return hash.Exists && package.Exists && hash.LastWriteTimeUtc >= package.LastWriteTimeUtc
            ? File.ReadAllText(hash.FullName).Trim()
            : null;
    }
}
