using System.Globalization;

namespace Orchestration.MachineServices.Daemons;

/// <summary>
/// Recognises a server this build started: the pid in its pid file is alive, runs the expected
/// program, and has a marker of ours (its pid file or config path) on its command line. Anything
/// else — a stale pid file, a pid reused by another process — is not ours and is left alone.
/// </summary>
internal static class DaemonProcess
{
    public static int? RunningPid(string pidFile, string executable, string marker)
    {
        if (Pid(pidFile) is not { } pid)
        {
            return null;
        }

        try
        {
            var program = File.ResolveLinkTarget($"/proc/{pid}/exe", returnFinalTarget: false)?.FullName;
            var commandLine = File.ReadAllText($"/proc/{pid}/cmdline").Split('\0');
            return program == executable && commandLine.Any(argument => argument.Contains(marker, StringComparison.Ordinal)) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether the process just started for <paramref name="pidFile"/> has gone (or become a zombie). Unlike
    /// <see cref="RunningPid"/> this does not look at the program, which is start-stop-daemon until it execs.
    /// </summary>
    public static bool HasExited(string pidFile)
    {
        if (Pid(pidFile) is not { } pid)
        {
            return true;
        }

        try
        {
            // /proc/PID/stat: "PID (name) STATE ..."; the name may hold spaces, the state follows the last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z');
        }
        catch (IOException)
        {
            return true;
        }
    }

    private static int? Pid(string pidFile)
    {
        try
        {
            return int.TryParse(File.ReadAllText(pidFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
