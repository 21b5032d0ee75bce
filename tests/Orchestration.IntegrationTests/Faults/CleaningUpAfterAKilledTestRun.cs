using System.Diagnostics;
using Orchestration.IntegrationTests.Support;

namespace Orchestration.IntegrationTests.Faults;

/// <summary>
/// A test run killed with SIGKILL runs no Dispose: the servers its fixtures started would run on, orphaned. Every
/// test folder is claimed by its run; the next run stops what still runs in the folders of a dead run and deletes
/// them, and leaves a live run's alone. Here the "run" is a process the test starts and kills, and the "server" a
/// process of its own session working in the run's folder, as dockerd or nginx would.
/// </summary>
public sealed class CleaningUpAfterAKilledTestRun : IDisposable
{
    private readonly TemporaryDirectory temporary = new("orchestration-reaping");
    private readonly List<Process> started = [];

    [Fact]
    public void The_next_run_stops_the_servers_of_a_killed_run_and_deletes_its_folder_but_not_a_live_runs()
    {
        var run = Start("sleep", "600");
        var folder = Directory.CreateDirectory(temporary.Combine("orchestration-docker-killed")).FullName;
        LeftoversOfDeadRuns.Claim(folder, LeftoversOfDeadRuns.Owner(run.Id));
        var server = Start("sleep", "601", workingDirectory: folder);

        Assert.Empty(LeftoversOfDeadRuns.Reap(temporary.Path));
        Assert.False(server.HasExited, "the server of a live run is left alone");
        Assert.True(Directory.Exists(folder));

        run.Kill();
        run.WaitForExit();
        var reaped = LeftoversOfDeadRuns.Reap(temporary.Path);

        Assert.Equal([folder], reaped);
        Assert.True(server.WaitForExit(TimeSpan.FromSeconds(30)), "the killed run's server was stopped");
        Assert.False(Directory.Exists(folder));
        Assert.False(File.Exists(folder + LeftoversOfDeadRuns.OwnerSuffix));
    }

    public void Dispose()
    {
        foreach (var process in started)
        {
            if (!process.HasExited)
            {
                process.Kill();
            }

            process.Dispose();
        }

        temporary.Dispose();
    }

    private Process Start(string program, string argument, string? more = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory ?? temporary.Path };
        start.ArgumentList.Add(argument);
        if (more is not null)
        {
            start.ArgumentList.Add(more);
        }

        var process = Process.Start(start)!;
        started.Add(process);
        return process;
    }
}
