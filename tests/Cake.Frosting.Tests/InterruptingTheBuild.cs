using Cake.Core;
using static Cake.Frosting.Tests.HostFixtureTasks;

namespace Cake.Frosting.Tests;

/// <summary>SIGINT/SIGTERM, as <see cref="HostInterruption.Interrupt"/> delivers them: the running task is cancelled, no other starts.</summary>
[Collection(HostTestsRunAlone.Name)]
public sealed class InterruptingTheBuild : IDisposable
{
    private const int SigTerm = 15;
    private const int SigInt = 2;

    public InterruptingTheBuild() => Ran.Clear();

    public void Dispose() => Ran.Clear();

    [Fact]
    public void A_task_waiting_on_the_token_is_cancelled_and_the_build_exits_143_with_one_line()
    {
        var (exitCode, error) = Run("--target=WaitsForever");

        Assert.Equal(128 + SigTerm, exitCode);
        Assert.Equal(["First", "WaitsForever:started"], Ran);
        Assert.Equal(
            ["Interrupted by SIGTERM during WaitsForever: stopped it with every process it started, nothing more was written; kept what First produced."],
            error);
    }

    [Fact]
    public void No_task_starts_after_the_interruption_even_one_that_ignores_the_token()
    {
        var (exitCode, error) = Run("--target=AfterInterruption");

        Assert.Equal(128 + SigInt, exitCode);
        Assert.Equal(["InterruptsAndFinishes"], Ran);
        Assert.Equal(["Interrupted by SIGINT after InterruptsAndFinishes: no further task ran; kept what InterruptsAndFinishes produced."], error);
    }

    private static (int ExitCode, string[] Error) Run(params string[] args)
    {
        var original = Console.Error;
        using var error = new StringWriter();
        Console.SetError(error);
        try
        {
            var exitCode = new CakeHost()
                .UseContext<InterruptibleContext>()
                .UseTasks(typeof(FirstTask), typeof(WaitsForeverTask), typeof(InterruptsAndFinishesTask), typeof(AfterInterruptionTask))
                .Run(args);
            return (exitCode, error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        finally
        {
            Console.SetError(original);
        }
    }

    /// <summary>A context that asks for the interruption in its constructor, as a build's context does.</summary>
    public sealed class InterruptibleContext(ICakeContext context, HostInterruption interruption) : FrostingContext(context)
    {
        public HostInterruption Interruption { get; } = interruption;
    }

    [TaskName("WaitsForever")]
    [IsDependentOn(typeof(FirstTask))]
    public sealed class WaitsForeverTask : AsyncFrostingTask<InterruptibleContext>
    {
        public override async Task RunAsync(InterruptibleContext context)
        {
            Ran.Add("WaitsForever:started");
            context.Interruption.Interrupt(SigTerm);
            await Task.Delay(Timeout.Infinite, context.Interruption.Token);
            Ran.Add("WaitsForever:finished");
        }
    }

    [TaskName("InterruptsAndFinishes")]
    public sealed class InterruptsAndFinishesTask : FrostingTask<InterruptibleContext>
    {
        public override void Run(InterruptibleContext context)
        {
            context.Interruption.Interrupt(SigInt);
            Ran.Add("InterruptsAndFinishes");
        }
    }

    [TaskName("AfterInterruption")]
    [IsDependentOn(typeof(InterruptsAndFinishesTask))]
    public sealed class AfterInterruptionTask : FrostingTask<InterruptibleContext>
    {
        public override void Run(InterruptibleContext context) => Ran.Add("AfterInterruption");
    }
}
