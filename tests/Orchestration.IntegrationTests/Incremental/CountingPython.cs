namespace Orchestration.IntegrationTests.Incremental;

/// <summary>
/// A Python for <c>--jupyter-python</c> that notes each command line it is started with, then runs
/// <c>/usr/bin/python3</c>: each notebook run starts runner.py (and its one kernel) through it, so the notes
/// count the kernels a build started.
/// </summary>
public sealed class CountingPython
{
    private readonly string log;

    /// <param name="folder">A folder of the test's own, for the wrapper and its notes.</param>
    public CountingPython(string folder)
    {
        log = System.IO.Path.Combine(folder, "notebook-runs.log");
        Path = System.IO.Path.Combine(folder, "counting-python");
        File.WriteAllText(Path, $"#!/bin/sh\necho \"$*\" >> '{log}'\nexec /usr/bin/python3 \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>The wrapper, to pass as <c>--jupyter-python</c>.</summary>
    public string Path { get; }

    /// <summary>Notebooks run through it so far (each started one kernel).</summary>
    public int NotebookRuns => File.Exists(log) ? File.ReadLines(log).Count(line => line.Contains("runner.py", StringComparison.Ordinal)) : 0;
}
