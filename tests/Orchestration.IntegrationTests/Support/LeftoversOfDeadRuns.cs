using System.Diagnostics;
using System.Globalization;
using Orchestration.MachineServices.Engine;

namespace Orchestration.IntegrationTests.Support;

/// <summary>
/// What a test run that was killed (SIGKILL, an OOM kill, a CI abort) left behind: its fixtures' Dispose never
/// ran, so the servers they started (dockerd, the registry, nginx, the MLflow server, a build's private engine and
/// endpoint) still run and their folders stay. Every <see cref="TemporaryDirectory"/> is claimed by an owner file
/// beside it naming the test process (pid and start time); the first one a later run makes calls
/// <see cref="Reap"/>, which, for each folder whose owner is dead, stops every process that names the folder (in
/// its command line or working directory) and their descendants (TERM, then KILL), unmounts what is mounted under
/// it, and deletes it. Folders of a live run, and anything not under a claimed folder, are never touched.
/// </summary>
internal static class LeftoversOfDeadRuns
{
    public const string OwnerSuffix = ".test-owner";

    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(15);

    /// <summary>This process, as an owner file holds it: "pid start-time" (start time in clock ticks since boot, /proc/PID/stat).</summary>
    public static string ThisRun { get; } = Owner(Environment.ProcessId) ?? Environment.ProcessId.ToString(CultureInfo.InvariantCulture);

    /// <summary>Claims <paramref name="folder"/> for this run, or for the process <paramref name="owner"/> ("pid start-time", see <see cref="Owner"/>).</summary>
    public static void Claim(string folder, string? owner = null) => File.WriteAllText(folder + OwnerSuffix, owner ?? ThisRun);

    public static void Release(string folder) => File.Delete(folder + OwnerSuffix);

    /// <summary>The folders of dead runs that were cleaned up.</summary>
    public static IReadOnlyList<string> Reap(string temporaryFolder)
    {
        var reaped = new List<string>();
        foreach (var owner in Directory.EnumerateFiles(temporaryFolder, "*" + OwnerSuffix))
        {
            string claim;
            try
            {
                claim = File.ReadAllText(owner).Trim();
            }
            catch (IOException)
            {
                continue;
            }

            if (IsAlive(claim))
            {
                continue;
            }

            var folder = owner[..^OwnerSuffix.Length];
            Stop(ProcessesOf(folder));
            try
            {
                LeftoverMounts.Unmount(RealContext.Create(), [folder], CancellationToken.None);
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }

                File.Delete(owner);
                reaped.Add(folder);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                // Left for the next run to try again (the owner file stays).
            }
        }

        return reaped;
    }

    /// <summary>The live processes naming <paramref name="folder"/>, with all their descendants.</summary>
    public static IReadOnlyList<ProcessCensus.Entry> ProcessesOf(string folder)
    {
        var naming = ProcessCensus.Alive().Where(entry => Names(entry, folder)).ToList();
        return [.. naming.Concat(naming.SelectMany(entry => ProcessCensus.DescendantsOf(entry.Pid))).DistinctBy(entry => entry.Pid)];
    }

    private static bool Names(ProcessCensus.Entry entry, string folder) =>
        entry.Pid != Environment.ProcessId
        && (entry.CommandLine.Contains(folder + "/", StringComparison.Ordinal)
            || entry.CommandLine.EndsWith(folder, StringComparison.Ordinal)
            || entry.CommandLine.Contains(folder + " ", StringComparison.Ordinal)
            || entry.WorkingDirectory == folder
            || (entry.WorkingDirectory?.StartsWith(folder + "/", StringComparison.Ordinal) ?? false));

    private static void Stop(IReadOnlyList<ProcessCensus.Entry> processes)
    {
        if (processes.Count == 0)
        {
            return;
        }

        Signal("-TERM", processes);
        var deadline = DateTime.UtcNow + Grace;
        while (ProcessCensus.StillAlive(processes).Count > 0 && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(200);
        }

        Signal("-KILL", ProcessCensus.StillAlive(processes));
    }

    private static void Signal(string signal, IReadOnlyList<ProcessCensus.Entry> processes)
    {
        if (processes.Count == 0)
        {
            return;
        }

        var start = new ProcessStartInfo("kill") { RedirectStandardError = true };
        start.ArgumentList.Add(signal);
        foreach (var process in processes)
        {
            start.ArgumentList.Add(process.Pid.ToString(CultureInfo.InvariantCulture));
        }

        using var kill = Process.Start(start)!;
        kill.StandardError.ReadToEnd(); // Some may have ended meanwhile: not an error here.
        kill.WaitForExit();
    }

    private static bool IsAlive(string claim)
    {
        var pid = int.TryParse(claim.Split(' ')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;
        return pid > 0 && Owner(pid) is { } now && (now == claim || !claim.Contains(' ', StringComparison.Ordinal));
    }

    /// <summary>"pid start-time" of a live process, or null.</summary>
    public static string? Owner(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // After "pid (comm) ": state is field 3, so start time (field 22) is the 20th.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return fields[0] == "Z" ? null : $"{pid} {fields[19]}";
        }
        catch (IOException)
        {
            return null;
        }
    }
}
