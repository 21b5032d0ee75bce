using Cake.Core.Tooling;

namespace Orchestration.Tools.StartStopDaemon.Stop;

/// <summary>Settings for <c>start-stop-daemon --stop --pidfile FILE [OPTIONS]</c>.</summary>
internal sealed class StartStopDaemonStopSettings : ToolSettings
{
    /// <summary>The pid file naming the process to stop (<c>--pidfile</c>).</summary>
    public required string PidFile { get; set; }

    /// <summary>Stop the process only if it runs this program (<c>--exec</c>).</summary>
    public string? Executable { get; set; }

    /// <summary>Send TERM, wait this long, then KILL and wait 5 s more (<c>--retry TERM/N/KILL/5</c>); null sends TERM once.</summary>
    public TimeSpan? TermGrace { get; set; }

    /// <summary>Remove the pid file once the process has stopped (<c>--remove-pidfile</c>).</summary>
    public bool RemovePidFile { get; set; }

    /// <summary>Succeed when there was nothing to stop (<c>--oknodo</c>).</summary>
    public bool OkNoDo { get; set; }
}
