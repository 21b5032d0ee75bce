using Cake.Common.Diagnostics;
using Cake.Core;
using Orchestration.Tools.StartStopDaemon;
using Orchestration.Tools.StartStopDaemon.Start;
using Orchestration.Tools.StartStopDaemon.Stop;

namespace Orchestration.MachineServices.Daemons;

/// <summary>
/// The life of a server this build starts for itself (the private Docker engine, the local registry, the
/// next one): started detached by start-stop-daemon with a pid file and a log, so it outlives the build;
/// found again by its pid file and reused; ready once its probe says so (polled, cancellable); stopped
/// only when the pid file names a process of the expected program that carries its marker.
/// </summary>
internal sealed class Daemon(DaemonSpec spec)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    public DaemonSpec Spec { get; } = spec;

    /// <summary>The pid of this server when it runs; null otherwise.</summary>
    public int? RunningPid() => DaemonProcess.RunningPid(Spec.PidFile, Spec.Executable, Spec.Marker);

    /// <summary>Starts the server detached (removing a pid file that is not its own first).</summary>
    public void Start(ICakeContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        Directory.CreateDirectory(Path.GetDirectoryName(Spec.PidFile)!);
        File.Delete(Spec.PidFile); // not ours (see RunningPid): start-stop-daemon must not mistake it for this server
        context.StartStopDaemonStart(
            new StartStopDaemonStartSettings { Background = true, PidFile = Spec.PidFile, Output = Spec.LogFile, MakePidFile = true },
            Spec.Executable,
            Spec.Arguments,
            cancellationToken);
    }

    /// <summary>Asks the probe until it says ready; fails with the log's tail when the time is up or the server has died.</summary>
    /// <returns>What the probe said when ready (the engine's version, the registry's address).</returns>
    public async Task<string> WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var probe = await Spec.Probe(cancellationToken).ConfigureAwait(false);
            if (probe.Ready)
            {
                return probe.Detail;
            }

            if (DateTime.UtcNow >= deadline || DaemonProcess.HasExited(Spec.PidFile))
            {
                throw new InvalidOperationException(
                    $"The {Spec.Name} did not answer within {timeout.TotalSeconds:0} s ({probe.Detail}). Its log, {Spec.LogFile}, ends with:\n  "
                    + string.Join("\n  ", LogTail())
                    + (Spec.NotReadyHint is { } hint ? "\n" + hint : string.Empty));
            }

            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stops the server if it runs (TERM, then KILL after <paramref name="grace"/>); returns whether it did.</summary>
    public bool Stop(ICakeContext context, TimeSpan grace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (RunningPid() is not { } pid)
        {
            return false;
        }

        context.Information("Stopping the {0} (pid {1}).", Spec.Name, pid);
        context.StartStopDaemonStop(
            new StartStopDaemonStopSettings { PidFile = Spec.PidFile, Executable = Spec.Executable, TermGrace = grace, RemovePidFile = true, OkNoDo = true },
            cancellationToken);
        return true;
    }

    private IEnumerable<string> LogTail() => File.Exists(Spec.LogFile) ? File.ReadLines(Spec.LogFile).TakeLast(15) : ["(no log)"];
}
