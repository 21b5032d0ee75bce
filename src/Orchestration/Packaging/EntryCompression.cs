using System.IO.Compression;

namespace Orchestration.Packaging;

/// <summary>
/// Whether a package entry is deflated or stored, decided from the content alone (so the same file is always
/// packed the same way): a small file is deflated; a large one is deflated only when a sample of its first bytes
/// shrinks by a tenth at least. Model weights (floats, already-compressed archives) do not, and deflating
/// a gigabyte of them costs most of packaging's time for nothing.
/// </summary>
internal static class EntryCompression
{
    /// <summary>The bytes deflated to decide; files up to this size are always deflated.</summary>
    public const int SampleSize = 256 * 1024;

    /// <summary>The level for <paramref name="content"/>, read from its start; the stream is put back at its start.</summary>
    public static CompressionLevel For(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length <= SampleSize)
        {
            return CompressionLevel.Optimal;
        }

        var sample = new byte[SampleSize];
        content.Position = 0;
        content.ReadExactly(sample);
        content.Position = 0;
        return Compresses(sample) ? CompressionLevel.Optimal : CompressionLevel.NoCompression;
    }

    /// <summary>True when fast deflate makes <paramref name="sample"/> at least 10% smaller.</summary>
    public static bool Compresses(ReadOnlySpan<byte> sample)
    {
        var deflated = new MemoryStream();
        using (var deflate = new DeflateStream(deflated, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(sample);
        }

        return deflated.Length * 10 <= sample.Length * 9L;
    }
}
