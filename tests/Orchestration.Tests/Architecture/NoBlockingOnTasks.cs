namespace Orchestration.Tests.Architecture;

/// <summary>
/// Stages are async where they wait on I/O, and synchronous code never blocks on a task: only the host's entry
/// point (CakeHost) turns the run into an exit code. A blocked thread-pool thread is how cancellation stops working.
/// </summary>
public sealed class NoBlockingOnTasks
{
    private static readonly string[] Blocking = [".GetAwaiter().GetResult()", ".Wait()", "Task.WaitAll("];

    [Theory]
    [InlineData("src/Orchestration")]
    [InlineData("src/Cake.Frosting")]
    [InlineData("build")]
    public void No_source_file_blocks_on_a_task_but_the_hosts_entry_point(string folder)
    {
        var offenders = RepositorySources.CSharpFiles(folder)
            .Where(file => !file.EndsWith($"{Path.DirectorySeparatorChar}CakeHost.cs", StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (File: file, Line: index + 1, Text: line)))
            .Where(line => Blocking.Any(pattern => line.Text.Contains(pattern, StringComparison.Ordinal)))
            .Select(line => $"{Path.GetRelativePath(RepositorySources.Root, line.File)}:{line.Line}: {line.Text.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, string.Join('\n', offenders));
    }
}
