using Cake.Frosting;
using static Cake.Frosting.Tests.HostFixtureTasks;

namespace Cake.Frosting.Tests;

[Collection(HostTestsRunAlone.Name)]
public sealed class RunningTargets : IDisposable
{
    private static readonly Type[] Tasks =
        [typeof(FirstTask), typeof(SecondTask), typeof(SkippedTask), typeof(AfterSkippedTask), typeof(FailingTask), typeof(BadConfigurationTask)];

    public RunningTargets() => Ran.Clear();

    public void Dispose() => Ran.Clear();

    [Fact]
    public void A_target_runs_after_its_dependencies_and_reads_arguments()
    {
        var exitCode = Run("--target=Second", "--name", "value");

        Assert.Equal(0, exitCode);
        Assert.Equal(["First", "Second:value"], Ran);
    }

    [Fact]
    public void Exclusive_runs_the_target_alone()
    {
        var exitCode = Run("--target=Second", "--exclusive", "--name=x");

        Assert.Equal(0, exitCode);
        Assert.Equal(["Second:x"], Ran);
    }

    [Fact]
    public void Dry_run_runs_nothing()
    {
        var exitCode = Run("--target=Second", "--dryrun");

        Assert.Equal(0, exitCode);
        Assert.Empty(Ran);
    }

    [Fact]
    public void A_dependency_whose_criteria_fail_is_skipped()
    {
        Assert.Equal(0, Run("--target=AfterSkipped"));
        Assert.Equal(["First", "AfterSkipped"], Ran);
    }

    [Fact]
    public void A_failing_task_exits_with_1_and_still_runs_its_finally()
    {
        Assert.Equal(1, Run("--target=Fails"));
        Assert.Equal(["Fails.Finally"], Ran);
    }

    [Fact]
    public void A_configuration_error_exits_with_2()
    {
        Assert.Equal(2, Run("--target=BadConfiguration"));
    }

    [Fact]
    public void Description_and_tree_run_nothing()
    {
        Assert.Equal(0, Run("--description"));
        Assert.Equal(0, Run("--tree", "--target=Second"));
        Assert.Empty(Ran);
    }

    private static int Run(params string[] args) => new CakeHost().UseTasks(Tasks).Run(args);
}
