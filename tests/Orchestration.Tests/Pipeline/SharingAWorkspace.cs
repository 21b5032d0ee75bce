using Cake.Core;
using Orchestration.Pipeline.Workspace;

using Orchestration.Tests.Fakes;

namespace Orchestration.Tests.Pipeline;

/// <summary>The workspace lock within one process: two open files on one lock file conflict as two processes do.</summary>
public sealed class SharingAWorkspace : IDisposable
{
    private static readonly DateTimeOffset Started = new(2026, 12, 6, 13, 30, 1, TimeSpan.Zero);

    private readonly string work = Directory.CreateTempSubdirectory("workspace-lock-").FullName;

    [Fact]
    public void The_holder_writes_who_it_is_into_the_lock_file()
    {
        var me = new WorkspaceLockHolder(4242, "ci-7", "Publish", Started);

        using var held = WorkspaceLock.Acquire(work, me, TimeSpan.Zero, _ => { });

        Assert.Equal(me, WorkspaceLock.ReadHolder(WorkspaceLock.PathIn(work)));
    }

    [Fact]
    public void A_second_build_is_refused_with_exit_2_naming_the_holder_once_its_wait_is_over()
    {
        using var held = WorkspaceLock.Acquire(work, new WorkspaceLockHolder(4242, "ci-7", "Publish", Started), TimeSpan.Zero, _ => { });
        var toldAbout = new List<WorkspaceLockHolder?>();

        var refusal = Assert.Throws<CakeException>(() => WorkspaceLock.Acquire(
            work, new WorkspaceLockHolder(5151, "ci-7", "Train", Started), TimeSpan.FromSeconds(1), toldAbout.Add));

        Assert.Equal(2, refusal.ExitCode);
        Assert.StartsWith("The workspace is in use by another build (pid 4242 on ci-7, target Publish, started 2026-12-06 13:30:01Z", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("waited 1 s (--wait-for-workspace)", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(4242, Assert.Single(toldAbout)?.ProcessId);
    }

    [Fact]
    public void A_released_workspace_is_taken_by_the_next_build_and_names_nobody_in_between()
    {
        var first = WorkspaceLock.Acquire(work, new WorkspaceLockHolder(1, "a", "Train", Started), TimeSpan.Zero, _ => { });
        first.Dispose();

        Assert.Null(WorkspaceLock.ReadHolder(WorkspaceLock.PathIn(work)));
        using var second = WorkspaceLock.Acquire(work, new WorkspaceLockHolder(2, "a", "Publish", Started), TimeSpan.Zero, _ => { });
        Assert.Equal(2, WorkspaceLock.ReadHolder(WorkspaceLock.PathIn(work))?.ProcessId);
    }

    [Fact]
    public void Separate_workspace_folders_have_separate_locks()
    {
        var other = Directory.CreateTempSubdirectory("workspace-lock-").FullName;
        try
        {
            using var here = WorkspaceLock.Acquire(work, new WorkspaceLockHolder(1, "a", "Train", Started), TimeSpan.Zero, _ => { });
            using var there = WorkspaceLock.Acquire(other, new WorkspaceLockHolder(2, "a", "Train", Started), TimeSpan.Zero, _ => { });

            Assert.Equal(2, WorkspaceLock.ReadHolder(WorkspaceLock.PathIn(other))?.ProcessId);
        }
        finally
        {
            Directory.Delete(other, recursive: true);
        }
    }

    [Theory]
    [InlineData(null, 300)]
    [InlineData("0", 0)]
    [InlineData("45", 45)]
    public void The_wait_is_whole_seconds_and_five_minutes_by_default(string? value, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Wait(value));

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1.5")]
    public void A_wait_that_is_not_whole_seconds_is_a_usage_error(string value)
    {
        var refusal = Assert.Throws<CakeException>(() => Wait(value));

        Assert.Equal(2, refusal.ExitCode);
        Assert.Equal($"--wait-for-workspace takes a whole number of seconds, 0 or more (0: do not wait), not '{value}'.", refusal.Message);
    }

    [Fact]
    public void A_holder_describes_itself_with_its_age()
    {
        var holder = new WorkspaceLockHolder(4242, "ci-7", "Publish", Started);

        Assert.Equal("pid 4242 on ci-7, target Publish, started 2026-12-06 13:30:01Z (7 min ago)", holder.Describe(Started.AddMinutes(7)));
        Assert.Equal("pid 4242 on ci-7, target Publish, started 2026-12-06 13:30:01Z (30 s ago)", holder.Describe(Started.AddSeconds(30)));
    }

    public void Dispose() => Directory.Delete(work, recursive: true);

    private static TimeSpan Wait(string? value) =>
        GivenOptions.With(value is null ? [] : [("wait-for-workspace", value)]).Get(WorkspaceOptions.WaitForWorkspace);
}
