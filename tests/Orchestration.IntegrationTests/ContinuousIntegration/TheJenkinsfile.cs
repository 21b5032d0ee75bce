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
}
