using System.Diagnostics;
using Cake.Core.IO;

namespace Orchestration.Tooling;

/// <summary>
/// Cake's <see cref="IProcessRunner"/> contract on <see cref="System.Diagnostics.Process"/>, with two
/// differences that matter for long-running tools: output reaches the handlers line by line as it
/// is written, and stopping a process stops its whole tree (a timed-out <c>sh -c</c> does not leave
/// its children holding the pipes). No shell is involved.
/// </summary>
public sealed class ProcessTreeRunner : IProcessRunner
{
    public IProcess Start(FilePath filePath, ProcessSettings settings)
    {
        ArgumentNullException.ThrowIfNull(filePath);
        ArgumentNullException.ThrowIfNull(settings);
        var startInfo = new ProcessStartInfo(filePath.FullPath, settings.Arguments?.Render() ?? string.Empty)
        {
            UseShellExecute = false,
            CreateNoWindow = true,
            RedirectStandardOutput = settings.RedirectStandardOutput,
            RedirectStandardError = settings.RedirectStandardError,
            RedirectStandardInput = settings.StandardInput is not null,
        };

        if (!settings.NoWorkingDirectory && settings.WorkingDirectory is not null)
        {
            startInfo.WorkingDirectory = settings.WorkingDirectory.FullPath;
        }

        // A variable set to null is taken out of the inherited environment (e.g. secrets a child must not see).
        foreach (var (name, value) in settings.EnvironmentVariables ?? new Dictionary<string, string>())
        {
            if (value is null)
            {
                startInfo.Environment.Remove(name);
            }
            else
            {
                startInfo.Environment[name] = value;
            }
        }

        var process = new Process { StartInfo = startInfo };
        var running = new RunningProcess(process, settings.RedirectedStandardOutputHandler, settings.RedirectedStandardErrorHandler);
        process.Start();
        running.BeginReading();
        if (settings.StandardInput is { } input)
        {
            process.StandardInput.BaseStream.Write(input.Span);
            process.StandardInput.Close();
        }

        return running;
    }
}
