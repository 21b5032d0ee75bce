using System.Globalization;
using System.Text.Json;

namespace Orchestration.Pipeline.Workspace;

/// <summary>Who holds a workspace: written into the lock file by the holder, read by a build that has to wait.</summary>
public sealed record WorkspaceLockHolder(int ProcessId, string Host, string Target, DateTimeOffset Started)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static WorkspaceLockHolder ThisProcess(string target, DateTimeOffset started) =>
        new(Environment.ProcessId, Environment.MachineName, target, started);

    public string ToJson() => JsonSerializer.Serialize(this, Json) + "\n";

    /// <summary>The holder a lock file describes, or null when it is empty or not ours to read (a holder that is just starting).</summary>
    public static WorkspaceLockHolder? Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<WorkspaceLockHolder>(text, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>"pid 4242 on ci-7, target Publish, started 2026-12-06 13:30:01Z (2 min ago)".</summary>
    public string Describe(DateTimeOffset now)
    {
        var age = now - Started;
        var ago = age < TimeSpan.FromMinutes(2)
            ? $"{Math.Max(0, (int)age.TotalSeconds)} s ago"
            : $"{(int)age.TotalMinutes} min ago";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"pid {ProcessId} on {Host}, target {Target}, started {Started.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z ({ago})");
    }
}
