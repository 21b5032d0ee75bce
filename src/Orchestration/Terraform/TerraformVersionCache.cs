using System.Globalization;
using System.Text.Json;
using Orchestration.Pipeline;

namespace Orchestration.Terraform;

/// <summary>
/// The version of each Terraform binary this workspace has run, so <c>terraform version</c> runs once per binary:
/// kept in <c>.work/terraform/versions.json</c> under the binary's resolved path, with its size and modification
/// time. Another binary at that path (an upgrade) has another size or time, and is asked again.
/// </summary>
internal sealed class TerraformVersionCache(string file)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public string File { get; } = file;

    public static TerraformVersionCache For(string workspaceRoot) =>
        new(Path.Combine(new WorkspacePaths(workspaceRoot).Work, "terraform", "versions.json"));

    /// <summary>The version of <paramref name="executable"/>: the recorded one, or <paramref name="ask"/>'s answer, recorded.</summary>
    public string VersionOf(string executable, Func<string> ask)
    {
        ArgumentNullException.ThrowIfNull(ask);
        var (path, binary) = Identify(executable);
        var known = Read();
        if (known.TryGetValue(path, out var entry) && entry.Size == binary.Size && entry.Modified == binary.Modified && entry.Version is { Length: > 0 })
        {
            return entry.Version;
        }

        var version = ask();
        known[path] = binary with { Version = version };
        Directory.CreateDirectory(Path.GetDirectoryName(File)!);
        var temporary = $"{File}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}.tmp";
        System.IO.File.WriteAllText(temporary, JsonSerializer.Serialize(known, Indented));
        System.IO.File.Move(temporary, File, overwrite: true);
        return version;
    }

    /// <summary>The file a path finally points to (a symbolic link is followed), its size and modification time.</summary>
    private static (string Path, Entry Binary) Identify(string executable)
    {
        var info = new FileInfo(Path.GetFullPath(executable));
        if (info.ResolveLinkTarget(returnFinalTarget: true) is FileInfo target)
        {
            info = target;
        }

        return (info.FullName, new Entry(info.Length, info.LastWriteTimeUtc.ToString("O", CultureInfo.InvariantCulture), string.Empty));
    }

    private Dictionary<string, Entry> Read()
    {
        try
        {
            return System.IO.File.Exists(File)
                ? JsonSerializer.Deserialize<Dictionary<string, Entry>>(System.IO.File.ReadAllText(File)) ?? new(StringComparer.Ordinal)
                : new(StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            // Only a cache: an unreadable one is asked again and rewritten.
            return new(StringComparer.Ordinal);
        }
    }

    internal sealed record Entry(long Size, string Modified, string? Version);
}
