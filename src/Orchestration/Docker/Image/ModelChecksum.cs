using System.Security.Cryptography;

namespace Orchestration.Docker;

/// <summary>The SHA-256 of a model file, lowercase hex: what Publish recorded and the image label carries.</summary>
public static class ModelChecksum
{
    public static string Sha256(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Throws unless <paramref name="file"/> has the SHA-256 <paramref name="expected"/>.</summary>
    public static void Verify(string file, string expected, string origin)
    {
        var actual = Sha256(file);
        if (!string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"The model {origin} ({file}) has SHA-256 {actual}, but Publish recorded {expected.ToLowerInvariant()}: "
                + "it is not the model this run published. Check the feed (was the package replaced?) and run Publish again.");
        }
    }
}
