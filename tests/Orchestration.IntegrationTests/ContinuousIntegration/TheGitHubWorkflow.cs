using Orchestration.IntegrationTests.Support;
using Orchestration.Tooling;

namespace Orchestration.IntegrationTests.ContinuousIntegration;

public sealed class TheGitHubWorkflow
{
    private const string LoadScript = "import sys, yaml; yaml.safe_load(open(sys.argv[1]))";
    private static readonly string Workflow = RepositoryRoot.Combine(".github", "workflows", "pipeline.yml");

    [Fact]
    public void Is_valid_YAML()
    {
        var result = new ProgramTool(RealContext.Create(), "/usr/bin/python3").Run(null, "-c", LoadScript, Workflow);

        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void A_broken_copy_is_not_valid_YAML_so_the_check_above_means_something()
    {
        using var folder = new TemporaryDirectory();
        var broken = folder.Write("pipeline.yml", File.ReadAllText(Workflow) + "\njobs: [unclosed\n");

        Assert.Throws<ToolFailedException>(() => new ProgramTool(RealContext.Create(), "/usr/bin/python3").Run(null, "-c", LoadScript, broken));
    }

    [Fact]
    public void Calls_only_targets_the_build_has()
    {
        var called = BuildTargets.CalledIn(Workflow);

        Assert.Contains("Apply", called);
        Assert.All(called, target => Assert.Contains(target, BuildTargets.Existing));
    }
}
