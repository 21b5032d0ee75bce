using System.Security.Cryptography;

namespace Orchestration.Packaging;

/// <summary>SHA-256 digests, lowercase hex, read in a stream (a model may not fit in memory).</summary>
public static class Sha256
{
    public static string OfFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 20);
        return Hex(SHA256.HashData(stream));
    }

    public static FileDigest Digest(string file, string recordedPath) =>
        new(recordedPath, OfFile(file), new FileInfo(file).Length);

    public static string Hex(byte[] digest) => Convert.ToHexStringLower(digest);
}
