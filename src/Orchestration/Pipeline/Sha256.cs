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

    public static string Hex(byte[] digest) => Convert.ToHexStringLower(digest);
}
