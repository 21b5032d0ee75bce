using System.Globalization;
using Cake.Core;

namespace Orchestration.Pipeline.Workspace;

/// <summary>How long a build waits for another build to leave its workspace.</summary>
public sealed record WorkspaceOptions(TimeSpan WaitForWorkspace)
{
    public const string WaitArgument = "wait-for-workspace";
    public const string WaitVariable = "ORCHESTRATION_WAIT_FOR_WORKSPACE";

    public static readonly TimeSpan DefaultWait = TimeSpan.FromMinutes(5);

    public static WorkspaceOptions Read(ICakeContext context) =>
        new(ParseWait(Options.Get(context, WaitArgument, WaitVariable)));

    /// <summary>Whole seconds, 0 or more (0: fail at once when the workspace is busy); null means the default.</summary>
    public static TimeSpan ParseWait(string? value) =>
        value is null ? DefaultWait
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds)
        : throw ConfigurationError.Create($"--{WaitArgument} takes a whole number of seconds, 0 or more (0: do not wait), not '{value}'.");
}
