using System.Diagnostics;
using System.Text;

namespace Orchestration.IntegrationTests.Faults.Support;

/// <summary>
/// A <c>./build.sh</c> running in the background, its standard output and error collected together.
/// build.sh <c>exec</c>s dotnet, so <see cref="Id"/> is the build's own process.
/// </summary>
internal sealed class BuildProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private BuildProcess(Process process)
    {
        this.process = process;
    }

    public int Id => process.Id;

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public bool HasExited => process.HasExited;

    public static BuildProcess Start(string workspace, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(Path.Combine(workspace, "build.sh"))
        {
            WorkingDirectory = workspace,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        var build = new BuildProcess(process);
        process.OutputDataReceived += (_, line) => build.Append(line.Data);
        process.ErrorDataReceived += (_, line) => build.Append(line.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return build;
    }

    /// <summary>Waits until the output contains <paramref name="text"/>; fails if the build ends or the time runs out first.</summary>
    public void WaitForOutput(string text, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The build ended (exit {process.ExitCode}) before writing '{text}':\n{Output}");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The build did not write '{text}' within {patience}:\n{Output}");
            }

            Thread.Sleep(100);
        }
    }

    public int WaitForExit(TimeSpan patience)
    {
        if (!process.WaitForExit(patience))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The build did not end within {patience}:\n{Output}");
        }

        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>SIGTERM to the build's process only, as a CI abort or a timeout sends it (<c>kill -TERM pid</c>).</summary>
    public void Terminate()
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", Id.ToString(System.Globalization.CultureInfo.InvariantCulture) } })!;
        kill.WaitForExit();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -TERM {Id} failed (exit {kill.ExitCode}): the build had already ended.\n{Output}");
        }
    }

    /// <summary>SIGKILL to the build's process only, as the OOM killer or a lost agent would: no clean-up runs.</summary>
    public void KillHard()
    {
        process.Kill(entireProcessTree: false);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
