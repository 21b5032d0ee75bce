using System.Diagnostics;
using Cake.Core.IO;

namespace Orchestration.Tooling;

/// <summary>How waiting for a tool ended.</summary>
internal enum WaitOutcome
{
    Exited,
    TimedOut,
    Cancelled,
}

/// <summary>
/// Waits for a started process until it exits, its time limit passes, or the build is cancelled. On a
/// time-out or a cancellation the process is stopped with its whole tree before this returns, so
/// nothing it started writes anything afterwards.
/// </summary>
internal static class ProcessWait
{
    private static readonly TimeSpan Slice = TimeSpan.FromMilliseconds(100);

    public static WaitOutcome Wait(IProcess process, TimeSpan? timeout, TimeSpan? interruptGrace, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (Stopped(process, timeout, interruptGrace, clock, cancellationToken) is { } outcome)
            {
                return outcome;
            }

            if (process.WaitForExit((int)Remaining(timeout, clock).TotalMilliseconds))
            {
                return WaitOutcome.Exited;
            }
        }
    }

    public static async Task<WaitOutcome> WaitAsync(IProcess process, TimeSpan? timeout, TimeSpan? interruptGrace, CancellationToken cancellationToken)
    {
        if (process is RunningProcess running)
        {
            return await running.WaitForExitAsync(timeout, interruptGrace, cancellationToken).ConfigureAwait(false);
        }

        // Any other IProcess (Cake's own, a test's fake) has only the blocking wait: poll it.
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (Stopped(process, timeout, interruptGrace, clock, cancellationToken) is { } outcome)
            {
                return outcome;
            }

            if (process.WaitForExit(0))
            {
                return WaitOutcome.Exited;
            }

            await Task.Delay(Remaining(timeout, clock), CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static WaitOutcome? Stopped(IProcess process, TimeSpan? timeout, TimeSpan? interruptGrace, Stopwatch clock, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            if (interruptGrace is { } grace && process is RunningProcess running)
            {
                running.Interrupt(grace);
            }

            process.Kill();
            return WaitOutcome.Cancelled;
        }

        if (timeout is { } limit && clock.Elapsed >= limit)
        {
            process.Kill();
            return WaitOutcome.TimedOut;
        }

        return null;
    }

    private static TimeSpan Remaining(TimeSpan? timeout, Stopwatch clock) =>
        timeout is { } limit && limit - clock.Elapsed < Slice ? TimeSpan.FromTicks(Math.Max(0, (limit - clock.Elapsed).Ticks)) : Slice;
}
