using System.Text.RegularExpressions;
using Orchestration.Tooling;

namespace Orchestration.Tools.Docker.Build;

/// <summary>
/// Describes a failed <c>docker build</c> for the person reading the log: the step that failed
/// (legacy builder: the last <c>Step N/M :</c> line), what that step printed, and docker's error.
/// </summary>
internal static partial class DockerBuildFailure
{
    public static ToolFailure Describe(ToolResult result)
    {
        // The legacy builder colours what a step wrote to stderr; a log file wants the text only.
        var output = result.StandardOutput.Select(line => AnsiEscape().Replace(line, string.Empty)).ToList();
        var stepIndex = output.FindLastIndex(line => StepHeader().IsMatch(line));
        var stepOutput = stepIndex < 0 ? [] : output.Skip(stepIndex + 1).Where(line => !BuilderChatter().IsMatch(line));
        var details = stepOutput.Concat(WithoutNotices(result.StandardError)).ToList();
        return new ToolFailure(
            stepIndex < 0
                ? $"docker build failed with exit code {result.ExitCode}."
                : $"docker build failed at {output[stepIndex].Trim()} (exit code {result.ExitCode}).",
            details);
    }

    /// <summary>Drops the CLI's multi-line notices (the legacy builder's deprecation warning) that say nothing about this build.</summary>
    private static IEnumerable<string> WithoutNotices(IEnumerable<string> lines)
    {
        var inNotice = false;
        foreach (var line in lines)
        {
            if (line.StartsWith("DEPRECATED:", StringComparison.Ordinal))
            {
                inNotice = true;
            }
            else if (inNotice && (line.Length == 0 || !char.IsWhiteSpace(line[0])))
            {
                inNotice = false;
            }

            if (!inNotice)
            {
                yield return line;
            }
        }
    }

    [GeneratedRegex(@"\x1B\[[0-9;]*m")]
    private static partial Regex AnsiEscape();

    [GeneratedRegex(@"^Step \d+/\d+ : ")]
    private static partial Regex StepHeader();

    [GeneratedRegex(@"^ ---> |^Removing intermediate container ")]
    private static partial Regex BuilderChatter();
}
