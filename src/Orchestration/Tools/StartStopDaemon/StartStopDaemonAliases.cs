using Cake.Core;
using Orchestration.Tools.StartStopDaemon.Start;
using Orchestration.Tools.StartStopDaemon.Stop;

namespace Orchestration.Tools.StartStopDaemon;

/// <summary>Aliases for start-stop-daemon.</summary>
internal static class StartStopDaemonAliases
{
    /// <summary>Starts <paramref name="executable"/> with <paramref name="arguments"/>, as the settings say (detached, pid file, output).</summary>
    public static void StartStopDaemonStart(
        this ICakeContext context, StartStopDaemonStartSettings settings, string executable, IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        new StartStopDaemonStartRunner(context).Start(settings, executable, arguments, cancellationToken);

    /// <summary>Stops the process the settings' pid file names.</summary>
    public static void StartStopDaemonStop(this ICakeContext context, StartStopDaemonStopSettings settings, CancellationToken cancellationToken) =>
        new StartStopDaemonStopRunner(context).Stop(settings, cancellationToken);
}
