using Cake.Frosting;
using static Cake.Frosting.Tests.HostFixtureTasks;

namespace Cake.Frosting.Tests;

[Collection(HostTestsRunAlone.Name)]
public sealed class UsageErrors
{
    [Theory]
    [InlineData("--target=Nope")]
    [InlineData("positional")]
    [InlineData("-x")]
    [InlineData("--verbosity=loud")]
    [InlineData("--dryrun=maybe")]
    [InlineData("--target")]
    public void Bad_usage_exits_with_2_before_anything_runs(string argument)
    {
        Ran.Clear();

        var exitCode = new CakeHost().UseTasks(typeof(FirstTask)).Run([argument]);

        Assert.Equal(2, exitCode);
        Assert.Empty(Ran);
    }

    [Fact]
    public void A_cycle_is_reported_with_its_path_and_exits_with_2()
    {
        var error = CaptureError(() => new CakeHost().UseTasks(typeof(CycleATask), typeof(CycleBTask)).Run(["--target=A"]), out var exitCode);

        Assert.Equal(2, exitCode);
        Assert.Contains("Circular dependency: A -> B -> A", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dependency_that_is_not_a_task_names_who_requires_it()
    {
        var error = CaptureError(() => new CakeHost().UseTasks(typeof(SecondTask)).Run(["--target=Second"]), out var exitCode);

        Assert.Equal(2, exitCode);
        Assert.Contains("First, required by Second", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_target_suggests_the_closest_one()
    {
        var error = CaptureError(() => new CakeHost().UseTasks(typeof(FirstTask)).Run(["--target=fir"]), out _);

        Assert.Contains("Did you mean 'First'?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_prints_the_host_options_and_runs_nothing()
    {
        Ran.Clear();
        var original = Console.Out;
        using var output = new StringWriter();
        Console.SetOut(output);
        int exitCode;
        try
        {
            exitCode = new CakeHost().UseTasks(typeof(FirstTask)).Run(["--help"]);
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.Equal(0, exitCode);
        Assert.Empty(Ran);
        var text = output.ToString();
        Assert.Contains("-t, --target=NAME", text, StringComparison.Ordinal);
    }

    private static string CaptureError(Func<int> run, out int exitCode)
    {
        var original = Console.Error;
        using var error = new StringWriter();
        Console.SetError(error);
        try
        {
            exitCode = run();
        }
        finally
        {
            Console.SetError(original);
        }

        return error.ToString();
    }
}
