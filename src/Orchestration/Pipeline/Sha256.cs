using System.Security.Cryptography;

namespace Orchestration.Pipeline;

/// <summary>
/// SHA-256 digests, lowercase hex, of files read as a stream (a model may not fit in memory): the one
/// digest of models, data, notebooks and plans that provenance, image labels and approvals compare.
/// </summary>
internal static class Sha256
{
    public static string OfFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 20);
        return Hex(SHA256.HashData(stream));
    }

    /// <summary>Copies a stream, returning the SHA-256 of what was copied: the content is read once.</summary>
    public static string CopyHashing(Stream source, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 20];
        int read;
        while ((read = source.Read(buffer)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            destination.Write(buffer, 0, read);
        }

        return Hex(hash.GetHashAndReset());
    }

    public static string Hex(byte[] digest) => Convert.ToHexStringLower(digest);
}
