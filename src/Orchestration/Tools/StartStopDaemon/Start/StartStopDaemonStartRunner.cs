using Cake.Core;
using Cake.Core.IO;

namespace Orchestration.Tools.StartStopDaemon.Start;

/// <summary>Runs <c>start-stop-daemon --start</c>.</summary>
internal sealed class StartStopDaemonStartRunner(ICakeContext context) : StartStopDaemonTool<StartStopDaemonStartSettings>(context)
{
    public void Start(StartStopDaemonStartSettings settings, string executable, IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        Execute(settings, Arguments(settings, executable, arguments), null, cancellationToken);

    private static ProcessArgumentBuilder Arguments(StartStopDaemonStartSettings settings, string executable, IEnumerable<string> programArguments)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrEmpty(executable);
        ArgumentNullException.ThrowIfNull(programArguments);
        var arguments = new ProcessArgumentBuilder().Append("--start");
        if (settings.Background)
        {
            arguments.Append("--background");
        }

        arguments.AppendSwitchQuoted("--pidfile", settings.PidFile);
        if (settings.Output is { } output)
        {
            arguments.AppendSwitchQuoted("--output", output);
        }

        if (settings.MakePidFile)
        {
            arguments.Append("--make-pidfile");
        }

        arguments.AppendSwitchQuoted("--exec", executable).Append("--");
        foreach (var argument in programArguments)
        {
            arguments.AppendQuoted(argument);
        }

        return arguments;
    }
}
