namespace Orchestration.Tooling;

/// <summary>What a finished tool run left: its exit code and its output, already masked.</summary>
internal sealed record ToolResult(int ExitCode, IReadOnlyList<string> StandardOutput, IReadOnlyList<string> StandardError)
{
    public string Output => string.Join('\n', StandardOutput);
}
