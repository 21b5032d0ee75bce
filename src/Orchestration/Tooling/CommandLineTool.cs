using System.Collections.Concurrent;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Orchestration.Tooling;

/// <summary>
/// The one way this project runs an external program. Subclasses only turn settings into arguments
/// (Cake's Settings / Tool / alias split); locating the executable, echoing output with secrets
/// masked, standard input, timeouts and the failure message live here, once.
/// </summary>
internal abstract class CommandLineTool<TSettings> : Tool<TSettings>
    where TSettings : ToolSettings
{
    private readonly ICakeEnvironment environment;
    private readonly ICakeLog log;

    protected CommandLineTool(ICakeContext context)
        : base(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools)
    {
        environment = context.Environment;
        log = context.Log;
    }

    /// <summary>
    /// Runs the tool and returns its output; throws <see cref="ToolFailedException"/> on failure, and
    /// <see cref="OperationCanceledException"/> once it has stopped the tool's process tree on cancellation.
    /// </summary>
    protected ToolResult Execute(TSettings settings, ProcessArgumentBuilder arguments, ToolRunOptions? options, CancellationToken cancellationToken)
    {
        using var run = Start(settings, arguments, options, cancellationToken);
        return run.Finish(ProcessWait.Wait(run.Process, settings.ToolTimeout, run.Options.InterruptGrace, cancellationToken), cancellationToken);
    }

    /// <inheritdoc cref="Execute"/>
    protected async Task<ToolResult> ExecuteAsync(TSettings settings, ProcessArgumentBuilder arguments, ToolRunOptions? options, CancellationToken cancellationToken)
    {
        using var run = Start(settings, arguments, options, cancellationToken);
        return run.Finish(await ProcessWait.WaitAsync(run.Process, settings.ToolTimeout, run.Options.InterruptGrace, cancellationToken).ConfigureAwait(false), cancellationToken);
    }

    private ToolRun Start(TSettings settings, ProcessArgumentBuilder arguments, ToolRunOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        cancellationToken.ThrowIfCancellationRequested();
        options ??= new ToolRunOptions();
        var toolPath = ResolveToolPath(settings, options);
        var workingDirectory = GetWorkingDirectory(settings)?.MakeAbsolute(environment).FullPath ?? environment.WorkingDirectory.FullPath;
        var commandLine = SecretMasker.Mask($"{toolPath.GetFilename()} {arguments.RenderSafe()}".TrimEnd());
        var standardOutput = new ConcurrentQueue<string>();
        var standardError = new ConcurrentQueue<string>();
        var echo = options.EchoOutput ? Verbosity.Normal : Verbosity.Verbose;

        log.Write(echo, LogLevel.Information, "> {0}", commandLine);
        var processSettings = new ProcessSettings
        {
            Arguments = arguments,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Silent = true,
            RedirectedStandardOutputHandler = line => Capture(standardOutput, line, echo, LogLevel.Information),
            RedirectedStandardErrorHandler = line => Capture(standardError, line, echo, LogLevel.Information),
        };
        if (options.StandardInput is not null)
        {
            processSettings.StandardInput = options.StandardInput;
        }

        var process = RunProcess(settings, arguments, processSettings);
        return new ToolRun(process, GetToolName(), commandLine, workingDirectory, options, settings.ToolTimeout, standardOutput, standardError);
    }

    /// <summary>One line telling how to install the tool when it is missing.</summary>
    protected virtual string InstallHint => $"Install {GetToolName()} or set its path in the tool settings.";

    private string? Capture(ConcurrentQueue<string> lines, string? line, Verbosity echo, LogLevel level)
    {
        if (line is null)
        {
            return null;
        }

        var masked = SecretMasker.Mask(line);
        lines.Enqueue(masked);
        log.Write(echo, level, "{0}", masked);
        return masked;
    }

    /// <summary>The absolute path of the executable a run with these settings would start; null when there is none.</summary>
    protected string? Locate(TSettings settings)
    {
        FilePath? path;
        try
        {
            path = GetToolPath(settings);
        }
        catch (CakeException)
        {
            path = null;
        }

        var absolute = path?.MakeAbsolute(environment).FullPath;
        return absolute is not null && File.Exists(absolute) ? absolute : null;
    }

    private FilePath ResolveToolPath(TSettings settings, ToolRunOptions options)
    {
        if (Locate(settings) is { } path)
        {
            return path;
        }

        var lookedFor = settings.ToolPath is { } configured
            ? configured.FullPath
            : string.Join(", ", GetToolExecutableNames(settings)) + " on PATH";
        throw new ToolFailedException($"{GetToolName()} was not found (looked for {lookedFor}). {options.FailureHint ?? InstallHint}");
    }
}
