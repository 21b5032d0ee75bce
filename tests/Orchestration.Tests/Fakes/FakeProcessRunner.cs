using Cake.Core.IO;

namespace Orchestration.Tests.Fakes;

/// <summary>
/// Records every process a tool starts, and answers with a canned exit code and output. For unit
/// tests of argument building only; every tool also has an integration test with the real program.
/// </summary>
public sealed class FakeProcessRunner : IProcessRunner
{
    public List<(FilePath Tool, ProcessSettings Settings)> Calls { get; } = [];

    /// <summary>What the next processes answer; the last entry repeats.</summary>
    public Queue<FakeProcess> Responses { get; } = new();

    public string LastArguments => Calls[^1].Settings.Arguments.Render();

    public string LastSafeArguments => Calls[^1].Settings.Arguments.RenderSafe();

    public FakeProcessRunner Answer(int exitCode = 0, string[]? output = null, string[]? error = null)
    {
        Responses.Enqueue(new FakeProcess(exitCode, output ?? [], error ?? []));
        return this;
    }

    public IProcess Start(FilePath filePath, ProcessSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Calls.Add((filePath, settings));
        var process = Responses.Count > 1 ? Responses.Dequeue() : Responses.Count == 1 ? Responses.Peek() : new FakeProcess(0, [], []);
        foreach (var line in process.Output)
        {
            settings.RedirectedStandardOutputHandler?.Invoke(line);
        }

        foreach (var line in process.Error)
        {
            settings.RedirectedStandardErrorHandler?.Invoke(line);
        }

        return process;
    }
}

public sealed class FakeProcess(int exitCode, IReadOnlyList<string> output, IReadOnlyList<string> error) : IProcess
{
    public IReadOnlyList<string> Output { get; } = output;

    public IReadOnlyList<string> Error { get; } = error;

    public void WaitForExit()
    {
    }

    public bool WaitForExit(int milliseconds) => true;

    public int GetExitCode() => exitCode;

    public IEnumerable<string> GetStandardError() => Error;

    public IEnumerable<string> GetStandardOutput() => Output;

    public void Kill()
    {
    }

    public void Dispose()
    {
    }
}
