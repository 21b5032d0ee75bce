using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Git;

/// <summary>
/// The git command line, which every verb's runner derives from. Every user-given value comes after
/// <c>--</c> or <c>--end-of-options</c>, so a repository or ref starting with a dash is never an option.
/// </summary>
internal abstract class GitTool<TSettings>(ICakeContext context) : CommandLineTool<TSettings>(context)
    where TSettings : GitSettings
{
    /// <summary>Output for the caller to read, not for the log.</summary>
    protected static readonly ToolRunOptions Quietly = new() { EchoOutput = false };

    protected override string InstallHint => "Install git (apt-get install -y git) or set its path in the settings' ToolPath.";

    protected override string GetToolName() => "git";

    protected override IEnumerable<string> GetToolExecutableNames() => ["git"];

    protected static ProcessArgumentBuilder Command(string verb) => new ProcessArgumentBuilder().Append(verb);

    protected static ProcessArgumentBuilder AppendQuoted(ProcessArgumentBuilder arguments, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(values);
        foreach (var value in values)
        {
            arguments.AppendQuoted(value);
        }

        return arguments;
    }

    protected static string? FirstLine(ToolResult result) =>
        result is { StandardOutput.Count: > 0 } ? result.StandardOutput[0].Trim() : null;
}
