using System.Text.RegularExpressions;
using Orchestration.IntegrationTests.Support;
using Orchestration.Tooling;

namespace Orchestration.IntegrationTests.Faults;

/// <summary>
/// Fault: build.ps1 had never run, and did not (`pwsh -File ./build.ps1 --description` stopped at line 28, looking
/// for the SDK beside the `dotnet` symlink). Now it runs here, with real PowerShell, side by side with build.sh:
/// the same output, exit codes 0, 1 and 2, and one shared warm build.
/// </summary>
public sealed partial class RunningBuildPs1LikeBuildSh(PowerShellFixture powerShell) : IClassFixture<PowerShellFixture>
{
    private const string Rebuilding = "Building the build project (its inputs changed)...";

    [Fact]
    public void Both_describe_the_same_targets()
    {
        var (sh, ps1) = Both(0, "--description");

        Assert.Contains(sh.StandardOutput, line => line.TrimStart().StartsWith("Publish ", StringComparison.Ordinal));
        Assert.Equal(sh.StandardOutput, ps1.StandardOutput);
    }

    [Fact]
    public void Both_refuse_bad_usage_with_exit_code_2_and_the_same_message()
    {
        var (sh, ps1) = Both(2, "--target=Train", "--data-verison=two words");

        Assert.Contains("--data-verison", sh.Output + string.Join('\n', sh.StandardError), StringComparison.Ordinal);
        Assert.Equal(Messages(sh), Messages(ps1));
    }

    [Fact]
    public void Both_report_a_failed_task_with_exit_code_1()
    {
        var (sh, ps1) = Both(1, "--target=Checkout", "--repository=http://127.0.0.1:9/models.git");

        Assert.Contains("Could not fetch from http://127.0.0.1:9/models.git", string.Join('\n', sh.StandardError), StringComparison.Ordinal);
        Assert.Equal(Messages(sh), Messages(ps1));
    }

    [Fact]
    public void Each_finds_the_build_the_other_made_warm()
    {
        Run("build.sh", 0, "--description");

        var ps1 = Run("build.ps1", 0, "--description");
        var sh = Run("build.sh", 0, "--description");

        Assert.DoesNotContain(Rebuilding, ps1.StandardError);
        Assert.DoesNotContain(Rebuilding, sh.StandardError);
    }

    private (ToolResult Sh, ToolResult Ps1) Both(int exitCode, params string[] arguments) =>
        (Run("build.sh", exitCode, arguments), Run("build.ps1", exitCode, arguments));

    private ToolResult Run(string script, int exitCode, params string[] arguments)
    {
        var path = Path.Combine(powerShell.Repository, script);
        var (program, all) = script.EndsWith(".ps1", StringComparison.Ordinal)
            ? (powerShell.Pwsh, (string[])["-NoLogo", "-NoProfile", "-NonInteractive", "-File", path, .. arguments])
            : (path, arguments);
        var result = new ProgramTool(RealContext.Create(), program).Run(
            new ToolRunOptions { EchoOutput = false, SuccessExitCodes = [0, 1, 2] },
            powerShell.Repository,
            new Dictionary<string, string> { ["NO_COLOR"] = "1" },
            all);
        Assert.True(result.ExitCode == exitCode, $"{script} {string.Join(' ', arguments)} exited with {result.ExitCode}, not {exitCode}:\n{result.Output}\n{string.Join('\n', result.StandardError)}");
        return result;
    }

    /// <summary>What the build said, numbers blanked: durations and timings ("after 0 ms") differ from run to run.</summary>
    private static IReadOnlyList<string> Messages(ToolResult result) =>
        [.. result.StandardOutput.Concat(result.StandardError).Where(line => !line.Contains(Rebuilding, StringComparison.Ordinal)).Select(line => Numbers().Replace(line, "#"))];

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Numbers();
}
