namespace Orchestration.Tooling;

/// <summary>How one call of a tool behaves, beyond its settings and arguments.</summary>
internal sealed record ToolRunOptions
{
    /// <summary>Text written to the tool's standard input (for example a password for --password-stdin).</summary>
    public string? StandardInput { get; init; }

    /// <summary>Print the tool's output as it comes (at normal verbosity), rather than only capture it.</summary>
    public bool EchoOutput { get; init; } = true;

    /// <summary>Exit codes that mean success; any other fails the call.</summary>
    public IReadOnlyCollection<int> SuccessExitCodes { get; init; } = [0];

    /// <summary>
    /// Tells a failed exit that answers the question (docker's "No such image") from a real failure: when it
    /// returns true the result is returned, not thrown, and the caller reads its exit code.
    /// </summary>
    public Func<ToolResult, bool>? ExpectedFailure { get; init; }

    /// <summary>
    /// Describes a failure from the whole result (say, which build step failed and what it printed) instead
    /// of the stderr tail; the message still gets the command line, working directory and hint.
    /// </summary>
    public Func<ToolResult, ToolFailure>? DescribeFailure { get; init; }

    /// <summary>
    /// On cancellation, send the tool SIGINT and give it this long to stop on its own (Terraform then saves
    /// its state and releases its lock) before its whole process tree is killed; null kills at once.
    /// </summary>
    public TimeSpan? InterruptGrace { get; init; }

    /// <summary>What to tell the reader when the call fails (one line, appended to the message).</summary>
    public string? FailureHint { get; init; }
}
