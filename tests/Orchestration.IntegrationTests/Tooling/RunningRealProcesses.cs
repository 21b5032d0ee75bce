using Orchestration.IntegrationTests.Support;
using Orchestration.Tooling;

namespace Orchestration.IntegrationTests.Tooling;

public sealed class RunningRealProcesses
{
    [Fact]
    public void Output_is_captured_line_by_line()
    {
        var result = new ShellTool(RealContext.Create()).Run("echo one; echo two; echo three >&2");

        Assert.Equal(["one", "two"], result.StandardOutput);
        Assert.Equal(["three"], result.StandardError);
    }

    [Fact]
    public void A_failing_program_reports_its_exit_code_command_line_directory_and_stderr()
    {
        using var folder = new TemporaryDirectory();
        var settings = new ShellSettings { WorkingDirectory = folder.Path };

        var failure = Assert.Throws<ToolFailedException>(
            () => new ShellTool(RealContext.Create()).Run("echo doing; echo it broke >&2; exit 7", settings));

        Assert.StartsWith("sh exited with code 7.\n> sh -c \"echo doing; echo it broke >&2; exit 7\"\n@ " + folder.Path + "\n  it broke", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_reaches_the_program()
    {
        var result = new ShellTool(RealContext.Create()).Run("read line; echo got $line", options: new ToolRunOptions { StandardInput = "the-input\n" });

        Assert.Equal(["got the-input"], result.StandardOutput);
    }

    [Fact]
    public void A_program_that_outlives_its_timeout_is_stopped_and_reported()
    {
        var settings = new ShellSettings { ToolTimeout = TimeSpan.FromMilliseconds(500) };

        var failure = Assert.Throws<ToolFailedException>(() => new ShellTool(RealContext.Create()).Run("sleep 30", settings));

        Assert.StartsWith("sh did not finish within 00:00:00.5000000 and was stopped.", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_stops_the_program_and_every_descendant_even_one_in_a_session_of_its_own()
    {
        // A process-group kill would miss the setsid child: the tree is found by parent pid instead.
        var marker = Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var cancellation = new CancellationTokenSource();
        var run = Task.Run(() => new ShellTool(RealContext.Create()).Run($"setsid sleep {marker}1 & sleep {marker}2; wait", cancellationToken: cancellation.Token));
        await ProcessCensus.WaitForAsync($"sleep {marker}1", TimeSpan.FromSeconds(30));
        await ProcessCensus.WaitForAsync($"sleep {marker}2", TimeSpan.FromSeconds(30));

        await cancellation.CancelAsync();
        var stopped = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);

        Assert.StartsWith("sh was stopped, with every process it started, because the build was cancelled.", stopped.Message, StringComparison.Ordinal);
        Assert.Empty(ProcessCensus.Mentioning($"sleep {marker}"));
    }

    [Fact]
    public void A_cancelled_build_starts_no_program()
    {
        using var folder = new TemporaryDirectory();
        var touched = Path.Combine(folder.Path, "ran");

        Assert.ThrowsAny<OperationCanceledException>(
            () => new ShellTool(RealContext.Create()).Run($"touch '{touched}'", cancellationToken: new CancellationToken(canceled: true)));

        Assert.False(File.Exists(touched));
    }

    [Fact]
    public void A_missing_program_says_what_was_looked_for()
    {
        var settings = new ShellSettings { ToolPath = "/nonexistent/sh" };

        var failure = Assert.ThrowsAny<Exception>(() => new ShellTool(RealContext.Create()).Run("true", settings));

        Assert.Contains("/nonexistent/sh", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_variable_set_to_null_is_taken_out_of_the_inherited_environment()
    {
        Environment.SetEnvironmentVariable("ORCHESTRATION_TEST_WITHHELD", "visible");
        var settings = new ShellSettings();
        settings.EnvironmentVariables["ORCHESTRATION_TEST_WITHHELD"] = null!;

        var withheld = new ShellTool(RealContext.Create()).Run("echo ${ORCHESTRATION_TEST_WITHHELD-unset}", settings);
        var inherited = new ShellTool(RealContext.Create()).Run("echo ${ORCHESTRATION_TEST_WITHHELD-unset}");

        Assert.Equal(["unset"], withheld.StandardOutput);
        Assert.Equal(["visible"], inherited.StandardOutput);
    }
}
