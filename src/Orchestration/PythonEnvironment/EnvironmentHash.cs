using System.Security.Cryptography;
using System.Text;

namespace Orchestration.PythonEnvironment;

/// <summary>
/// Names an environment by everything it is made from: the spec file's bytes, the base interpreter
/// (or conda) and its version, whether it sees the system's packages, and the Debian packages the
/// project declares in apt.txt. An environment is reused exactly while all of these are unchanged.
/// </summary>
internal static class EnvironmentHash
{
    // Changing how environments are built changes this, so no environment built the old way is reused.
    private const string Recipe = "orchestration-environment-1";

    public static string Compute(ReadOnlySpan<byte> spec, string baseTool, string baseVersion, bool systemSitePackages, IEnumerable<string>? debianPackages = null)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(spec);
        hash.AppendData(Encoding.UTF8.GetBytes($"\0{Recipe}\0{baseTool}\0{baseVersion}\0{(systemSitePackages ? "system-site-packages" : "isolated")}"));
        // No apt.txt leaves the hash as it was, so existing environments stay reusable.
        foreach (var package in (debianPackages ?? []).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"\0apt:{package}"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
