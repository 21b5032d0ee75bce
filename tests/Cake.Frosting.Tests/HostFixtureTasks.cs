using Cake.Common.Diagnostics;
using Cake.Core;
using Cake.Frosting;

namespace Cake.Frosting.Tests;

/// <summary>Tasks the host tests run; each writes its name into <see cref="Ran"/>.</summary>
public static class HostFixtureTasks
{
    public static List<string> Ran { get; } = [];

    [TaskName("First")]
    [TaskDescription("Runs first.")]
    public sealed class FirstTask : FrostingTask<FrostingContext>
    {
        public override void Run(FrostingContext context) => Ran.Add("First");
    }

    [TaskName("Second")]
    [IsDependentOn(typeof(FirstTask))]
    public sealed class SecondTask : AsyncFrostingTask<FrostingContext>
    {
        public override Task RunAsync(FrostingContext context)
        {
            Ran.Add("Second:" + context.Arguments.GetArgument("name"));
            return Task.CompletedTask;
        }
    }

    [TaskName("Skipped")]
    [IsDependentOn(typeof(FirstTask))]
    public sealed class SkippedTask : FrostingTask<FrostingContext>
    {
        public override bool ShouldRun(FrostingContext context) => false;

        public override void Run(FrostingContext context) => Ran.Add("Skipped");
    }

    [TaskName("AfterSkipped")]
    [IsDependentOn(typeof(SkippedTask))]
    public sealed class AfterSkippedTask : FrostingTask<FrostingContext>
    {
        public override void Run(FrostingContext context) => Ran.Add("AfterSkipped");
    }

    [TaskName("Fails")]
    public sealed class FailingTask : FrostingTask<FrostingContext>
    {
        public override void Run(FrostingContext context) => throw new InvalidOperationException("the task broke");

        public override void Finally(FrostingContext context) => Ran.Add("Fails.Finally");
    }

    [TaskName("BadConfiguration")]
    public sealed class BadConfigurationTask : FrostingTask<FrostingContext>
    {
        public override void Run(FrostingContext context)
        {
            context.Information("about to fail");
            throw new CakeException(2, "build.properties:3: data.version must be a non-negative integer");
        }
    }

    [TaskName("A")]
    [IsDependentOn(typeof(CycleBTask))]
    public sealed class CycleATask : FrostingTask
    {
    }

    [TaskName("B")]
    [IsDependentOn(typeof(CycleATask))]
    public sealed class CycleBTask : FrostingTask
    {
    }
}
