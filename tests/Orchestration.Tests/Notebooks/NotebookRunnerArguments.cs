using Orchestration.Notebooks;
using Orchestration.Tests.Fakes;
using Orchestration.Tests.PythonEnvironment;
using Orchestration.Tools.Jupyter;

namespace Orchestration.Tests.Notebooks;

public sealed class NotebookRunnerArguments
{
    private readonly ToolFixture fixture = new();

    [Fact]
    public async Task The_runner_gets_every_path_the_kernel_and_the_timeouts_in_seconds()
    {
        await fixture.Context.ExecuteNotebookAsync(Settings(), CancellationToken.None);

        Assert.Equal(
            "\"/w/runner.py\" --input \"/w/injected.ipynb\" --output \"/a/train.m.1.2.ipynb\" --html \"/a/train.m.1.2.html\" " +
            "--result \"/w/result.json\" --kernel \"orchestration-abc\" --cwd \"/p\" --cell-timeout 90 --notebook-timeout 1800 --start-timeout 120",
            fixture.Runner.LastArguments);
    }

    [Fact]
    public async Task A_failed_notebook_is_not_a_failed_tool_the_result_file_tells_what_happened()
    {
        fixture.Runner.Answer(exitCode: 1);

        var result = await fixture.Context.ExecuteNotebookAsync(Settings(), CancellationToken.None);

        Assert.Equal(1, result.ExitCode);
    }

    private static NotebookRunSettings Settings() => new()
    {
        ToolPath = FakeExecutable.Path("python3"),
        Script = "/w/runner.py",
        Input = "/w/injected.ipynb",
        Output = "/a/train.m.1.2.ipynb",
        Html = "/a/train.m.1.2.html",
        Result = "/w/result.json",
        Kernel = "orchestration-abc",
        KernelDirectory = "/p",
        CellTimeout = TimeSpan.FromSeconds(90),
        NotebookTimeout = TimeSpan.FromMinutes(30),
    };
}
