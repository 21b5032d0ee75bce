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

    /// <summary>The live processes whose command line or working directory mentions <paramref name="text"/> (a test's folder, a marker).</summary>
    public static IReadOnlyList<Entry> Mentioning(string text) =>
        [.. Alive().Where(entry => entry.CommandLine.Contains(text, StringComparison.Ordinal)
            || (entry.WorkingDirectory?.StartsWith(text, StringComparison.Ordinal) ?? false))];

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
