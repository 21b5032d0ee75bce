namespace Orchestration.Tooling;

/// <summary>What a finished tool run left: its exit code and its output, already masked, and the command that made it.</summary>
internal sealed record ToolResult(int ExitCode, IReadOnlyList<string> StandardOutput, IReadOnlyList<string> StandardError)
{
    public string Output => string.Join('\n', StandardOutput);

    /// <summary>The command line that ran (secrets masked).</summary>
    public string CommandLine { get; init; } = "";

    /// <summary>The folder it ran in.</summary>
    public string WorkingDirectory { get; init; } = "";

    /// <summary>The failure of this run: the headline, the command line, the working directory, the tail of <paramref name="details"/>, the hint.</summary>
    public ToolFailedException Failure(string headline, IReadOnlyList<string> details, string? hint) =>
        new(ToolFailureMessage.Format(headline, CommandLine, WorkingDirectory, details, hint))
        {
            ExitCode = ExitCode,
            StandardError = StandardError,
        };

    /// <summary>
    /// The failure of a run that exited well but printed something the wrapper cannot use: the headline,
    /// then the command line, working directory and the tail of what it printed, as for a failed exit.
    /// </summary>
    public ToolFailedException Unexpected(string headline) => Failure(headline, [.. StandardOutput, .. StandardError], hint: null);

    /// <summary>
    /// Reads the output with <paramref name="parse"/>; output it cannot read (not JSON, a missing member)
    /// becomes <see cref="Unexpected"/>, saying what was expected.
    /// </summary>
    public T Read<T>(Func<string, T> parse, string expected)
    {
        ArgumentNullException.ThrowIfNull(parse);
        try
        {
            return parse(Output);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException or FormatException)
        {
            throw Unexpected($"The output is not {expected}: {e.Message}");
        }
    }
}
