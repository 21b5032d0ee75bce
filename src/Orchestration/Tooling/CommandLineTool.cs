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
public abstract class CommandLineTool<TSettings> : Tool<TSettings>
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

    /// <summary>Runs the tool and returns its output; throws <see cref="ToolFailedException"/> on failure.</summary>
    protected ToolResult Execute(TSettings settings, ProcessArgumentBuilder arguments, ToolRunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
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

        using var process = RunProcess(settings, arguments, processSettings);
        var timeout = settings.ToolTimeout;
        if (timeout is { } limit && !process.WaitForExit((int)limit.TotalMilliseconds))
        {
            process.Kill();
            throw new ToolFailedException(ToolFailureMessage.Format(
                $"{GetToolName()} did not finish within {limit} and was stopped.",
                commandLine,
                workingDirectory,
                [.. standardError],
                options.FailureHint));
        }

        process.WaitForExit();
        var exitCode = process.GetExitCode();
        var result = new ToolResult(exitCode, [.. standardOutput], [.. standardError]);
        if (!options.SuccessExitCodes.Contains(exitCode))
        {
            var failure = options.DescribeFailure?.Invoke(result) ?? new ToolFailure(
                $"{GetToolName()} exited with code {exitCode}.",
                result.StandardError.Count > 0 ? result.StandardError : result.StandardOutput);
            throw new ToolFailedException(ToolFailureMessage.Format(
                failure.Headline,
                commandLine,
                workingDirectory,
                failure.Details,
                options.FailureHint))
            {
                ExitCode = exitCode,
                StandardError = result.StandardError,
            };
        }

        return result;
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

    private FilePath ResolveToolPath(TSettings settings, ToolRunOptions options)
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

        if (path is not null && File.Exists(path.MakeAbsolute(environment).FullPath))
        {
            return path;
        }

        var lookedFor = settings.ToolPath is { } configured
            ? configured.FullPath
            : string.Join(", ", GetToolExecutableNames(settings)) + " on PATH";
        throw new ToolFailedException($"{GetToolName()} was not found (looked for {lookedFor}). {options.FailureHint ?? InstallHint}");
    }
}
