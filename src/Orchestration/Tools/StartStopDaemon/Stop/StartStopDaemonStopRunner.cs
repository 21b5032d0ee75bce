using Cake.Core;
using Cake.Core.IO;

namespace Orchestration.Tools.StartStopDaemon.Stop;

/// <summary>Runs <c>start-stop-daemon --stop</c>.</summary>
internal sealed class StartStopDaemonStopRunner(ICakeContext context) : StartStopDaemonTool<StartStopDaemonStopSettings>(context)
{
    public void Stop(StartStopDaemonStopSettings settings, CancellationToken cancellationToken) =>
        Execute(settings, Arguments(settings), null, cancellationToken);

    private static ProcessArgumentBuilder Arguments(StartStopDaemonStopSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var arguments = new ProcessArgumentBuilder().Append("--stop").AppendSwitchQuoted("--pidfile", settings.PidFile);
        if (settings.Executable is { } executable)
        {
            arguments.AppendSwitchQuoted("--exec", executable);
        }

        if (settings.TermGrace is { } grace)
        {
            arguments.AppendSwitch("--retry", FormattableString.Invariant($"TERM/{(long)Math.Ceiling(grace.TotalSeconds)}/KILL/5"));
        }

        if (settings.RemovePidFile)
        {
            arguments.Append("--remove-pidfile");
        }

        if (settings.OkNoDo)
        {
            arguments.Append("--oknodo");
        }

        return arguments;
    }
}
