namespace Orchestration.IntegrationTests.Support;

/// <summary>The processes alive on this machine, read from /proc: what a fault test counts after stopping a build.</summary>
public static class ProcessCensus
{
    /// <summary>A live process (zombies excluded): its pid, command line (arguments joined by spaces) and working directory.</summary>
    public sealed record Entry(int Pid, string CommandLine, string? WorkingDirectory);

    public static IReadOnlyList<Entry> Alive()
    {
        var entries = new List<Entry>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                if (stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z'))
                {
                    continue;
                }

                var commandLine = File.ReadAllText(Path.Combine(folder, "cmdline")).Replace('\0', ' ').Trim();
                string? cwd = null;
                try
                {
                    cwd = new DirectoryInfo(Path.Combine(folder, "cwd")).LinkTarget;
                }
                catch (UnauthorizedAccessException)
                {
                }

                entries.Add(new Entry(pid, commandLine, cwd));
            }
            catch (IOException)
            {
                // It ended while being read.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return entries;
    }

    private static IEnumerable<(int Pid, int Parent)> ParentPids()
    {
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid))
            {
                continue;
            }

            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(folder, "stat"));
            }
            catch (IOException)
            {
                continue;
            }

            // pid (comm) state ppid ...: comm may hold spaces and parentheses, so read after the last ')'.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            yield return (pid, int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The live processes whose command line or working directory mentions <paramref name="text"/> (a test's folder, a marker).</summary>
    public static IReadOnlyList<Entry> Mentioning(string text) =>
        [.. Alive().Where(entry => entry.CommandLine.Contains(text, StringComparison.Ordinal)
            || (entry.WorkingDirectory?.StartsWith(text, StringComparison.Ordinal) ?? false))];

    /// <summary>
    /// The live descendants of <paramref name="pid"/> (children, their children...), found by parent pid: taken
    /// before a build is stopped, they are what must not outlive it (once orphaned, their parent is PID 1).
    /// </summary>
    public static IReadOnlyList<Entry> DescendantsOf(int pid)
    {
        var children = ParentPids().ToLookup(pair => pair.Parent, pair => pair.Pid);
        var descendants = new HashSet<int>();
        var pending = new Queue<int>([pid]);
        while (pending.TryDequeue(out var parent))
        {
            foreach (var child in children[parent].Where(descendants.Add))
            {
                pending.Enqueue(child);
            }
        }

        return [.. Alive().Where(entry => descendants.Contains(entry.Pid))];
    }

    /// <summary>Those of <paramref name="earlier"/> that still run (the same pid with the same command line: not a reused pid).</summary>
    public static IReadOnlyList<Entry> StillAlive(IEnumerable<Entry> earlier)
    {
        var now = Alive().ToDictionary(entry => entry.Pid);
        return [.. earlier.Where(entry => now.TryGetValue(entry.Pid, out var current) && current.CommandLine == entry.CommandLine)];
    }

    /// <summary>Waits until a process mentioning <paramref name="text"/> runs (the test's way of knowing a stage has got that far).</summary>
    public static async Task WaitForAsync(string text, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (Mentioning(text).Count == 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No process mentioning {text} started within {limit}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }
}
