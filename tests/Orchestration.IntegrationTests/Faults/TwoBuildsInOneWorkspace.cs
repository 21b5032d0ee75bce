using Orchestration.IntegrationTests.Checkout;
using Orchestration.IntegrationTests.Faults.Support;
using Orchestration.Pipeline.Workspace;

namespace Orchestration.IntegrationTests.Faults;

/// <summary>
/// One workspace, one build at a time (issue: two concurrent builds in one clone mixed one ref's commit with
/// another's data and model). Real <c>./build.sh</c> processes; the first is kept busy in Checkout by a git
/// remote that never answers, so it holds the workspace for as long as the test needs.
/// </summary>
public sealed class TwoBuildsInOneWorkspace : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    private readonly BuildWorkspace workspace = new();
    private readonly SilentHttpServer hangingRemote = new();
    private readonly TestRepository model = new();

    [Fact]
    public void A_second_build_waits_then_fails_with_exit_2_naming_the_holder()
    {
        using var holder = StartHolder(workspace);

        var (exitCode, output) = workspace.Run(CheckoutOf(model, "--wait-for-workspace=2"));

        Assert.Equal(2, exitCode);
        Assert.Contains("waiting up to 2 s for it (--wait-for-workspace)", output, StringComparison.Ordinal);
        Assert.Contains($"The workspace is in use by another build (pid {holder.Id} on {Environment.MachineName}, target Checkout, started ", output, StringComparison.Ordinal);
        Assert.Contains("waited 2 s", output, StringComparison.Ordinal);
        Assert.False(holder.HasExited, "the holder is left alone");
        Assert.False(File.Exists(workspace.Combine("artifacts", "records", "checkout.json")), "the second build did nothing");
    }

    [Fact]
    public void A_build_killed_with_SIGKILL_frees_the_workspace_for_the_one_waiting()
    {
        using var holder = StartHolder(workspace);
        using var waiting = workspace.Start(CheckoutOf(model, "--wait-for-workspace=600"));
        waiting.WaitForOutput($"in use by another build (pid {holder.Id}", Patience);

        // Its git child lives on, still connected to the remote: the lock must not be held through it.
        holder.KillHard();

        Assert.Equal(0, waiting.WaitForExit(Patience));
        Assert.Contains($"Commit:     {model.Head}", waiting.Output, StringComparison.Ordinal);
        Assert.True(hangingRemote.OpenConnectionCount > 0, "the killed build's git was still connected: the lock was not held through it");
    }

    [Fact]
    public void A_finished_build_leaves_the_workspace_free_and_says_nobody_holds_it()
    {
        var (exitCode, output) = workspace.Run(CheckoutOf(model, "--wait-for-workspace=0"));

        Assert.True(exitCode == 0, output);
        Assert.Null(WorkspaceLock.ReadHolder(LockFile(workspace)));
        var (again, secondOutput) = workspace.Run(CheckoutOf(model, "--wait-for-workspace=0"));
        Assert.True(again == 0, secondOutput);
    }

    [Fact]
    public void Builds_in_separate_workspace_folders_do_not_block_each_other()
    {
        using var other = new BuildWorkspace();
        using var holder = StartHolder(workspace);

        var (exitCode, output) = other.Run(CheckoutOf(model, "--wait-for-workspace=0"));

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("in use by another build", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        hangingRemote.Dispose();
        model.Dispose();
        workspace.Dispose();
    }

    private static string LockFile(BuildWorkspace workspace) => WorkspaceLock.PathIn(workspace.Combine(".work"));

    private static string[] CheckoutOf(TestRepository repository, params string[] more) =>
        ["--target=Checkout", $"--repository={repository.Root}", $"--project-dir={TestRepository.Project}", .. more];

    /// <summary>A build that holds <paramref name="target"/>'s lock, hanging in git fetch, until it is killed.</summary>
    private BuildProcess StartHolder(BuildWorkspace target)
    {
        var holder = target.Start("--target=Checkout", $"--repository={hangingRemote.Url}model.git", "--project-dir=model");
        try
        {
            var deadline = DateTime.UtcNow + Patience;
            while (WorkspaceLock.ReadHolder(LockFile(target))?.ProcessId != holder.Id || hangingRemote.ConnectionCount == 0)
            {
                Assert.False(holder.HasExited, $"the holder ended early:\n{holder.Output}");
                Assert.True(DateTime.UtcNow < deadline, $"the holder did not reach git fetch:\n{holder.Output}");
                Thread.Sleep(100);
            }

            return holder;
        }
        catch
        {
            holder.Dispose();
            throw;
        }
    }
}
