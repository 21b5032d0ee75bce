namespace Orchestration.Tooling;

/// <summary>
/// A tool exited with a code that means failure, timed out, or could not be found. The message says
/// which tool, the command line (secrets masked), the working directory, the exit code and the tail
/// of what it wrote to stderr — what the person reading a CI log needs.
/// </summary>
internal sealed class ToolFailedException : Exception
{
    public ToolFailedException(string message)
        : base(message)
    {
    }

    public ToolFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ToolFailedException()
    {
    }

    public int? ExitCode { get; init; }

    public IReadOnlyList<string> StandardError { get; init; } = [];
}
