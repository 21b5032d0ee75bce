using Orchestration.Pipeline;

namespace Orchestration.Terraform;

/// <summary>The <c>plan.sha256</c> file (<c>sha256sum</c>'s format) holding the SHA-256 that identifies a saved plan.</summary>
internal static class PlanHash
{
    /// <summary>Writes <c>&lt;hex&gt;  tfplan</c>, so <c>sha256sum -c plan.sha256</c> works in the plan's folder.</summary>
    public static void Write(string sha256File, string sha256, string planFile) =>
        File.WriteAllText(sha256File, $"{sha256}  {Path.GetFileName(planFile)}\n");

    /// <summary>The hash in a <c>plan.sha256</c> file: its first word.</summary>
    public static string Read(string sha256File) =>
        File.ReadAllText(sha256File).Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToLowerInvariant()
        ?? string.Empty;
}
