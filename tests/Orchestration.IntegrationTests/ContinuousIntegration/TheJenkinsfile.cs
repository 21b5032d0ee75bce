using Orchestration.IntegrationTests.Support;
using Orchestration.Tooling;

namespace Orchestration.IntegrationTests.ContinuousIntegration;

public sealed class TheJenkinsfile
{
    private const string ParseScript = "new GroovyShell().parse(new File(args[0]))";
    private static readonly string Jenkinsfile = RepositoryRoot.Combine("Jenkinsfile");

    [Fact]
    public void Parses_as_Groovy()
    {
        var result = new ProgramTool(RealContext.Create(), "groovy").Run(null, "-e", ParseScript, Jenkinsfile);

        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void A_broken_copy_does_not_parse_so_the_check_above_means_something()
    {
        using var folder = new TemporaryDirectory();
        var broken = folder.Write("Jenkinsfile", File.ReadAllText(Jenkinsfile).Replace("stages {", "stages {{", StringComparison.Ordinal));

        Assert.Throws<ToolFailedException>(() => new ProgramTool(RealContext.Create(), "groovy").Run(null, "-e", ParseScript, broken));
    }

    [Fact]
    public void Calls_only_targets_the_build_has()
    {
        var called = BuildTargets.CalledIn(Jenkinsfile);

        Assert.Contains("Apply", called);
        Assert.All(called, target => Assert.Contains(target, BuildTargets.Existing));
    }

    [Theory]
    [InlineData("Approve")]
    [InlineData("Apply")]
    public void The_stage_runs_only_when_the_plan_has_changes(string stage)
    {
        var text = File.ReadAllText(Jenkinsfile);

        var block = StageBlock(text, stage);

        Assert.Contains("when {", block, StringComparison.Ordinal);
        Assert.Contains("beforeAgent true", block, StringComparison.Ordinal);
        Assert.Contains("expression { env.PLAN_HAS_CHANGES == 'true' }", block, StringComparison.Ordinal);
        Assert.True(
            block.IndexOf("expression { env.PLAN_HAS_CHANGES", StringComparison.Ordinal) < block.IndexOf("steps {", StringComparison.Ordinal),
            $"the condition of stage {stage} is checked before its steps");
    }

    [Fact]
    public void Has_changes_is_read_from_the_file_Plan_writes_and_only_true_or_false_is_accepted()
    {
        var plan = StageBlock(File.ReadAllText(Jenkinsfile), "Plan");

        Assert.Contains("env.PLAN_HAS_CHANGES = readFile(\"${planDir}/has-changes\").trim()", plan, StringComparison.Ordinal);
        Assert.Contains("if (!['true', 'false'].contains(env.PLAN_HAS_CHANGES))", plan, StringComparison.Ordinal);
    }

    /// <summary>The text of <c>stage('name') { ... }</c>, braces balanced.</summary>
    private static string StageBlock(string text, string stage)
    {
        var start = text.IndexOf($"stage('{stage}') {{", StringComparison.Ordinal);
        Assert.True(start >= 0, $"the Jenkinsfile has a stage '{stage}'");
        var open = text.IndexOf('{', start);
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            depth += text[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                return text[start..(i + 1)];
            }
        }

        return text[start..];
    }
}
