using Orchestration.Pipeline;

namespace Orchestration.Docker.Image;

/// <summary>Checks that a model file is the one Publish recorded, by its SHA-256.</summary>
internal static class ModelChecksum
{
    /// <summary>Throws unless <paramref name="file"/> has the SHA-256 <paramref name="expected"/>.</summary>
    public static void Verify(string file, string expected, string origin)
    {
        var actual = Sha256.OfFile(file);
        if (!string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"The model {origin} ({file}) has SHA-256 {actual}, but Publish recorded {expected.ToLowerInvariant()}: "
                + "it is not the model this run published. Check the feed (was the package replaced?) and run Publish again.");
        }
    }
}
