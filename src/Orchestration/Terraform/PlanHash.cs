using System.Security.Cryptography;

namespace Orchestration.Terraform;

/// <summary>The SHA-256 that identifies a saved plan, and <c>plan.sha256</c> (<c>sha256sum</c>'s format).</summary>
public static class PlanHash
{
    public static string Of(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Writes <c>&lt;hex&gt;  tfplan</c>, so <c>sha256sum -c plan.sha256</c> works in the plan's folder.</summary>
    public static void Write(string sha256File, string sha256, string planFile) =>
        File.WriteAllText(sha256File, $"{sha256}  {Path.GetFileName(planFile)}\n");

    /// <summary>The hash in a <c>plan.sha256</c> file: its first word.</summary>
    public static string Read(string sha256File) =>
        File.ReadAllText(sha256File).Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToLowerInvariant()
        ?? string.Empty;
}
