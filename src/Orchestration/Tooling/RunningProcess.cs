using System.Collections.Concurrent;
using System.Diagnostics;
using Cake.Core.IO;

namespace Orchestration.Tooling;

/// <summary>A process started by <see cref="ProcessTreeRunner"/>, with its output as it came.</summary>
internal sealed class RunningProcess : IProcess
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> standardOutput = new();
    private readonly ConcurrentQueue<string> standardError = new();

    public RunningProcess(Process process, Func<string, string>? onOutput, Func<string, string>? onError)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Receive(standardOutput, e.Data, onOutput);
        process.ErrorDataReceived += (_, e) => Receive(standardError, e.Data, onError);
    }

    public void BeginReading()
    {
        if (process.StartInfo.RedirectStandardOutput)
        {
            process.BeginOutputReadLine();
        }

        if (process.StartInfo.RedirectStandardError)
        {
            process.BeginErrorReadLine();
        }
    }

    public void WaitForExit() => process.WaitForExit();

    public bool WaitForExit(int milliseconds)
    {
        if (!process.WaitForExit(milliseconds))
        {
            return false;
        }

        // The process has exited; this also waits until its output has been read to the end.
        process.WaitForExit();
        return true;
    }

    /// <summary>Waits for the exit (and the end of its output), the time limit, or cancellation; stops the tree on the last two.</summary>
    public async Task<WaitOutcome> WaitForExitAsync(TimeSpan? timeout, TimeSpan? interruptGrace, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout is { } span)
        {
            limit.CancelAfter(span);
        }

        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
            return WaitOutcome.Exited;
        }
        catch (OperationCanceledException)
        {
            if (cancellationToken.IsCancellationRequested && interruptGrace is { } grace)
            {
                Interrupt(grace);
            }

            Kill();
            return cancellationToken.IsCancellationRequested ? WaitOutcome.Cancelled : WaitOutcome.TimedOut;
        }
    }

    /// <summary>Sends SIGINT, as Ctrl+C would, and waits up to <paramref name="grace"/> for the process to exit.</summary>
    public void Interrupt(TimeSpan grace)
    {
        try
        {
            if (!process.HasExited && PosixSignals.Send(process.Id, PosixSignals.Interrupt))
            {
                process.WaitForExit(grace);
            }
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }
    }

    public int GetExitCode() => process.ExitCode;

    public IEnumerable<string> GetStandardOutput() => standardOutput;

    public IEnumerable<string> GetStandardError() => standardError;

    /// <summary>
    /// Stops the process and every descendant (found by parent pid, so children in a session or process
    /// group of their own, such as a Jupyter kernel, are stopped too), each frozen before its children are listed.
    /// </summary>
    public void Kill()
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }
    }

    public void Dispose() => process.Dispose();

    private static void Receive(ConcurrentQueue<string> lines, string? line, Func<string, string>? handler)
    {
        if (line is null)
        {
            return;
        }

        lines.Enqueue(handler is null ? line : handler(line));
    }
}
