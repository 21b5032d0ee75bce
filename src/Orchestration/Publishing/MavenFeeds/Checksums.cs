using System.Security.Cryptography;

namespace Orchestration.Publishing.MavenFeeds;

/// <summary>The <c>.sha1</c> and <c>.md5</c> files Maven repositories keep beside every file: the digest in lowercase hex, nothing else.</summary>
internal static class Checksums
{
    public static readonly IReadOnlyList<string> Extensions = ["sha1", "md5"];

    public static IReadOnlyDictionary<string, string> Of(Stream content)
    {
        using var sha1 = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        var buffer = new byte[1 << 20];
        int read;
        while ((read = content.Read(buffer)) > 0)
        {
            sha1.AppendData(buffer, 0, read);
            md5.AppendData(buffer, 0, read);
        }

        return new Dictionary<string, string>
        {
            ["sha1"] = Convert.ToHexStringLower(sha1.GetHashAndReset()),
            ["md5"] = Convert.ToHexStringLower(md5.GetHashAndReset()),
        };
    }

    public static IReadOnlyDictionary<string, string> OfFile(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 20);
        return Of(stream);
    }

    /// <summary>The digest in a checksum file: some tools append the file name after a space.</summary>
    public static string Parse(string checksumFile) => checksumFile.Trim().Split(' ', 2)[0].ToLowerInvariant();
}
