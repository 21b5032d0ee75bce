using System.Globalization;

namespace Orchestration.Pipeline.Workspace;

/// <summary>The options of the workspace lock, taken before the first task.</summary>
public static class WorkspaceOptions
{
    public static readonly Option<TimeSpan> WaitForWorkspace = Option.Parsed(
        "wait-for-workspace", "ORCHESTRATION_WAIT_FOR_WORKSPACE", TimeSpan.FromMinutes(5), "300",
        "seconds a build waits for another build to leave the workspace (0: do not wait)", ParseWait);

    /// <summary>Whole seconds, 0 or more (0: fail at once when the workspace is busy).</summary>
    internal static TimeSpan ParseWait(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : throw new FormatException($"takes a whole number of seconds, 0 or more (0: do not wait), not '{value}'.");
}
