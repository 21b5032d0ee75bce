using Cake.Core.Tooling;

namespace Orchestration.Tools.StartStopDaemon.Start;

/// <summary>Settings for <c>start-stop-daemon --start [OPTIONS] --exec PROGRAM -- ARGUMENT...</c>.</summary>
internal sealed class StartStopDaemonStartSettings : ToolSettings
{
    /// <summary>The pid file (<c>--pidfile</c>): the program writes it, or with <see cref="MakePidFile"/> start-stop-daemon does.</summary>
    public required string PidFile { get; set; }

    /// <summary>Fork and detach the program (<c>--background</c>).</summary>
    public bool Background { get; set; }

    /// <summary>Write the detached program's pid to <see cref="PidFile"/> (<c>--make-pidfile</c>).</summary>
    public bool MakePidFile { get; set; }

    /// <summary>Where the program's standard output and error go (<c>--output</c>).</summary>
    public string? Output { get; set; }
}
