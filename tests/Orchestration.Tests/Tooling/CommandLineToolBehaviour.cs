using Orchestration.Tests.Fakes;
using Orchestration.Tooling;

namespace Orchestration.Tests.Tooling;

public sealed class CommandLineToolBehaviour
{
    private readonly ToolFixture fixture = new();

    [Fact]
    public void A_failure_names_the_tool_command_line_working_directory_exit_code_and_stderr_tail()
    {
        fixture.Runner.Answer(exitCode: 3, error: [.. Enumerable.Range(1, 30).Select(i => $"problem {i}")]);

        var failure = Assert.Throws<ToolFailedException>(() => new EchoTool(fixture.Context).Say(new EchoSettings { Text = "hello" }));

        var lines = failure.Message.Split('\n');
        Assert.Equal("echo exited with code 3.", lines[0]);
        Assert.Equal("> echo \"hello\"", lines[1]);
        Assert.Equal("@ " + Directory.GetCurrentDirectory(), lines[2]);
        Assert.Equal("  problem 11", lines[3]);
        Assert.Equal("  problem 30", lines[^1]);
        Assert.Equal(3, failure.ExitCode);
    }

    [Fact]
    public void Secret_arguments_are_masked_in_the_log_and_in_failures_but_reach_the_process()
    {
        fixture.Runner.Answer(exitCode: 1);

        var failure = Assert.Throws<ToolFailedException>(
            () => new EchoTool(fixture.Context).Say(new EchoSettings { Text = "hi", Secret = "s3cr3t-token" }));

        Assert.Contains("--token=\"s3cr3t-token\"", fixture.Runner.LastArguments, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t-token", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t-token", fixture.Log.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Registered_secrets_are_masked_in_the_tools_own_output()
    {
        SecretMasker.Add("hunter2-password");
        fixture.Runner.Answer(output: ["logged in as bob with hunter2-password"]);

        var result = new EchoTool(fixture.Context).Say(new EchoSettings { Text = "x" });

        Assert.Equal("logged in as bob with ***", result.Output);
        Assert.DoesNotContain("hunter2-password", fixture.Log.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Listed_exit_codes_count_as_success()
    {
        fixture.Runner.Answer(exitCode: 2);

        var result = new EchoTool(fixture.Context).Say(new EchoSettings { Text = "x" }, new ToolRunOptions { SuccessExitCodes = [0, 2] });

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void Standard_input_is_handed_to_the_process()
    {
        new EchoTool(fixture.Context).Say(new EchoSettings { Text = "x" }, new ToolRunOptions { StandardInput = "password" });

        Assert.Equal("password", System.Text.Encoding.UTF8.GetString(fixture.Runner.Calls[^1].Settings.StandardInput!.Value.Span));
    }

    [Fact]
    public void Output_a_wrapper_cannot_read_fails_like_a_failed_exit_naming_the_command_and_what_it_printed()
    {
        fixture.Runner.Answer(output: ["not json"], error: ["a warning"]);
        var result = new EchoTool(fixture.Context).Say(new EchoSettings { Text = "x" });

        var failure = Assert.Throws<ToolFailedException>(() => result.Read(json => System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("x").GetString(), "the JSON of echo"));

        var lines = failure.Message.Split('\n');
        Assert.StartsWith("The output is not the JSON of echo: ", lines[0], StringComparison.Ordinal);
        Assert.Equal(["> echo \"x\"", "@ " + Directory.GetCurrentDirectory(), "  not json", "  a warning"], lines[1..]);
        Assert.Equal(0, failure.ExitCode);
    }
}
