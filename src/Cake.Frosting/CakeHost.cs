using System.Reflection;
using Cake.Cli;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Frosting.Internal;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Cake.Frosting;

/// <summary>
/// Runs a Frosting build: finds the task classes, checks the graph, and runs the target on
/// Cake.Core's engine. Returns 0 on success, 1 when a task failed, 2 on bad usage.
/// </summary>
public sealed class CakeHost
{
    private readonly List<Assembly> assemblies = [];
    private readonly List<Type> taskTypes = [];
    private Type contextType = typeof(FrostingContext);
    private Type? lifetimeType;
    private readonly List<Action<IServiceCollection>> serviceConfigurations = [];
    private DirectoryPath? workingDirectory;

    public CakeHost UseContext<TContext>()
        where TContext : ICakeContext
    {
        contextType = typeof(TContext);
        return this;
    }

    public CakeHost UseLifetime<TLifetime>()
        where TLifetime : IFrostingLifetime
    {
        lifetimeType = typeof(TLifetime);
        return this;
    }

    public CakeHost UseWorkingDirectory(DirectoryPath path)
    {
        workingDirectory = path;
        return this;
    }

    /// <summary>Registers services the host uses instead of its defaults (for example an <see cref="IProcessRunner"/>).</summary>
    public CakeHost ConfigureServices(Action<IServiceCollection> configure)
    {
        serviceConfigurations.Add(configure);
        return this;
    }

    public CakeHost AddAssembly(Assembly assembly)
    {
        assemblies.Add(assembly);
        return this;
    }

    /// <summary>Registers exactly these task classes instead of scanning assemblies (tests use it).</summary>
    internal CakeHost UseTasks(params Type[] types)
    {
        taskTypes.AddRange(types);
        return this;
    }

    /// <summary>Runs the build; SIGINT and SIGTERM interrupt it (see <see cref="HostInterruption"/>).</summary>
    public int Run(IEnumerable<string> args)
    {
        using var interruption = HostInterruption.Listen();
        return Run(args, interruption);
    }

    internal int Run(IEnumerable<string> args, HostInterruption interruption)
    {
        var console = CreateConsole();
        var progress = new TaskProgress();
        var verbosity = Verbosity.Normal;
        try
        {
            var options = HostCommandLine.Parse([.. args]);
            verbosity = options.Verbosity;
            if (options.ShowHelp)
            {
                console.WriteLine(HostHelp.Text);

                return HostExitCodes.Success;
            }

            var graph = TaskGraph.Build(DiscoverTasks().Select(TaskDefinition.From));
            var target = options.ShowDescription ? options.Target : graph.Canonical(options.Target);
            // The host's entry point: the one place that waits for the build synchronously.
            var exitCode = RunTarget(console, options, graph, target, progress, interruption).GetAwaiter().GetResult();
            return interruption.Signal is { } signal ? Interrupted(signal, progress, interruption) : exitCode;
        }
        catch (Exception) when (interruption.Signal is { } signal)
        {
            return Interrupted(signal, progress, interruption);
        }
        catch (Exception exception)
        {
            return ReportFailure(console, exception, verbosity);
        }
    }

    private async Task<int> RunTarget(IAnsiConsole console, HostOptions options, TaskGraph graph, string target, TaskProgress progress, HostInterruption interruption)
    {
        var log = new InterruptibleLog(
            new CakeBuildLog(new CakeConsole(new CakeEnvironment(new CakePlatform(), new CakeRuntime())), options.Verbosity),
            interruption.Token);
        var data = new CakeDataService();
        var services = new ServiceCollection();
        services.AddSingleton(interruption);
        foreach (var configure in serviceConfigurations)
        {
            configure(services);
        }

        using var provider = services.BuildServiceProvider();
        var cakeContext = CakeContextFactory.Create(log, data, options.Arguments, workingDirectory, provider);
        // As in Cake.Frosting, the context comes from the container: its constructor may ask for services.
        var context = (ICakeContext)ActivatorUtilities.CreateInstance(provider, contextType, cakeContext);
        var engine = new CakeEngine(data, log);
        TaskRegistration.Register(engine, graph, context, progress, interruption.Token);
        LifetimeRegistration.Register(engine, lifetimeType, context);

        Cake.Core.Scripting.ScriptHost host = options switch
        {
            { ShowDescription: true } => new DescriptionScriptHost(engine, context, console),
            { ShowTree: true } => new TreeScriptHost(engine, context, new CakeConsole(context.Environment)),
            { DryRun: true } => new DryRunScriptHost<ICakeContext>(engine, context, log),
            _ => new BuildScriptHost<ICakeContext>(
                engine,
                new DefaultExecutionStrategy(log, new InterruptibleReportPrinter(new CakeSpectreReportPrinter(console), interruption.Token)),
                context,
                new InterruptibleReportPrinter(new CakeSpectreReportPrinter(console), interruption.Token),
                context.Configuration,
                log),
        };

        if (options.Exclusive)
        {
            host.Settings.UseExclusiveTarget();
        }

        await host.RunTargetAsync(target).ConfigureAwait(false);
        return HostExitCodes.Success;
    }

    private IEnumerable<Type> DiscoverTasks()
    {
        if (taskTypes.Count > 0)
        {
            return taskTypes;
        }

        var sources = assemblies.Count > 0 ? assemblies : [Assembly.GetEntryAssembly()!];
        return sources.SelectMany(a => a.GetExportedTypes()).Where(TaskDefinition.IsTask);
    }

    private static IAnsiConsole CreateConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected)
        {
            // A CI log has no width: do not fold tables and messages at 80 columns.
            console.Profile.Width = 160;
        }

        return console;
    }

    private static int Interrupted(string signal, TaskProgress progress, HostInterruption interruption)
    {
        Console.Error.WriteLine(progress.Describe(signal));
        return interruption.ExitCode;
    }

    private static int ReportFailure(IAnsiConsole console, Exception exception, Verbosity verbosity)
    {
        var root = Unwrap(exception);
        if (verbosity == Verbosity.Diagnostic)
        {
            console.WriteException(root);
        }
        else
        {
            Console.Error.WriteLine($"Error: {root.Message}");
        }

        return root is CakeException { ExitCode: > 0 } cake ? cake.ExitCode : HostExitCodes.TaskFailed;
    }

    private static Exception Unwrap(Exception exception) => exception switch
    {
        AggregateException { InnerExceptions.Count: 1 } aggregate => Unwrap(aggregate.InnerExceptions[0]),
        TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
        CakeReportException { InnerException: { } inner } => Unwrap(inner),
        _ => exception,
    };
}
