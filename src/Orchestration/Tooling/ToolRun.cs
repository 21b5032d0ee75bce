using System.Collections.Concurrent;
using Cake.Core.IO;

namespace Orchestration.Tooling;

/// <summary>One started call of a tool: turns how its wait ended into its result or the exception that says why not.</summary>
internal sealed class ToolRun(
    IProcess process,
    string toolName,
    string commandLine,
    string workingDirectory,
    ToolRunOptions options,
    TimeSpan? timeout,
    ConcurrentQueue<string> standardOutput,
    ConcurrentQueue<string> standardError) : IDisposable
{
    public IProcess Process => process;

    public ToolRunOptions Options => options;

    public ToolResult Finish(WaitOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome == WaitOutcome.Cancelled)
        {
            throw new OperationCanceledException($"{toolName} was stopped, with every process it started, because the build was cancelled.", cancellationToken);
        }

        if (outcome == WaitOutcome.TimedOut)
        {
            throw new ToolFailedException(ToolFailureMessage.Format(
                $"{toolName} did not finish within {timeout} and was stopped.",
                commandLine,
                workingDirectory,
                [.. standardError],
                options.FailureHint));
        }

        var exitCode = process.GetExitCode();
        var result = new ToolResult(exitCode, [.. standardOutput], [.. standardError])
        {
            CommandLine = commandLine,
            WorkingDirectory = workingDirectory,
        };
        if (!options.SuccessExitCodes.Contains(exitCode) && options.ExpectedFailure?.Invoke(result) != true)
        {
            var failure = options.DescribeFailure?.Invoke(result) ?? new ToolFailure(
                $"{toolName} exited with code {exitCode}.",
                result.StandardError.Count > 0 ? result.StandardError : result.StandardOutput);
            throw result.Failure(failure.Headline, failure.Details, options.FailureHint);
        }

        return result;
    }

    public void Dispose() => process.Dispose();
}
