namespace Orchestration.MachineServices.Daemons;

/// <summary>What a <see cref="Daemon"/> runs and how it tells that the server is there and ready.</summary>
internal sealed record DaemonSpec
{
    /// <summary>What messages call it: "private Docker engine", "private registry".</summary>
    public required string Name { get; init; }

    /// <summary>The program's real path (symbolic links resolved: /proc/PID/exe names the target).</summary>
    public required string Executable { get; init; }

    public required IReadOnlyList<string> Arguments { get; init; }

    /// <summary>Written by start-stop-daemon as it starts the program, so one that dies at once is noticed at once.</summary>
    public required string PidFile { get; init; }

    public required string LogFile { get; init; }

    /// <summary>Text on the program's command line that only this server has (its config or pid file path).</summary>
    public required string Marker { get; init; }

    /// <summary>Asks the server whether it serves yet; never throws for "not yet".</summary>
    public required Func<CancellationToken, Task<DaemonProbe>> Probe { get; init; }

    /// <summary>A line added to the "did not answer" message: what to do next.</summary>
    public string? NotReadyHint { get; init; }
}

/// <summary>A probe's answer: ready, with what it learned (a version, an address), or not, with why.</summary>
internal readonly record struct DaemonProbe(bool Ready, string Detail);
