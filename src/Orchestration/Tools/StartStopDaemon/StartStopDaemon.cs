using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.StartStopDaemon;

/// <summary>
/// Debian's <c>start-stop-daemon</c>: starts a server detached from the build (its own session, output
/// to a file, so it outlives the build and holds none of its pipes), and stops exactly the process
/// a pid file names, and only when that process runs the expected program.
/// </summary>
internal sealed class StartStopDaemon(ICakeContext context) : CommandLineTool<StartStopDaemonSettings>(context)
{
    /// <param name="pidFile">The pid file the program writes (or, with <paramref name="makePidFile"/>, that this writes for it).</param>
    public void Start(StartStopDaemonSettings settings, string executable, IEnumerable<string> arguments, string pidFile, string outputFile, bool makePidFile, CancellationToken cancellationToken)
    {
        var builder = new ProcessArgumentBuilder()
            .Append("--start")
            .Append("--background")
            .AppendSwitchQuoted("--pidfile", pidFile)
            .AppendSwitchQuoted("--output", outputFile);
        if (makePidFile)
        {
            builder.Append("--make-pidfile");
        }

        builder.AppendSwitchQuoted("--exec", executable).Append("--");
        foreach (var argument in arguments)
        {
            builder.AppendQuoted(argument);
        }

        Execute(settings, builder, null, cancellationToken);
    }

    /// <summary>Stops the process of <paramref name="pidFile"/> if it runs <paramref name="executable"/>: TERM, then KILL after the grace period.</summary>
    public void Stop(StartStopDaemonSettings settings, string pidFile, string executable, TimeSpan grace, CancellationToken cancellationToken)
    {
        var schedule = FormattableString.Invariant($"TERM/{(int)Math.Ceiling(grace.TotalSeconds)}/KILL/5");
        Execute(settings, new ProcessArgumentBuilder()
            .Append("--stop")
            .AppendSwitchQuoted("--pidfile", pidFile)
            .AppendSwitchQuoted("--exec", executable)
            .AppendSwitch("--retry", schedule)
            .Append("--remove-pidfile")
            .Append("--oknodo"), null, cancellationToken);
    }

    protected override string InstallHint => "start-stop-daemon comes with Debian's dpkg; on other systems start the Docker engine yourself and set DOCKER_HOST.";

    protected override string GetToolName() => "start-stop-daemon";

    protected override IEnumerable<string> GetToolExecutableNames() => ["start-stop-daemon"];
}
