using Cake.Core;
using Orchestration.Configuration;
using Orchestration.Redeploy;
using Orchestration.Tests.Fakes;

namespace Orchestration.Tests.Redeploy;

/// <summary>--deploy names a published identity or "previous"; anything else is refused before a task runs.</summary>
public sealed class NamingTheVersionToDeploy
{
    [Fact]
    public void An_identity_names_that_published_version()
    {
        var target = DeployTarget.Parse("salary-regression.1.1");

        Assert.Equal(new ModelIdentity("salary-regression", 1, 1), target.Identity);
        Assert.False(target.IsPrevious);
    }

    [Theory]
    [InlineData("previous")]
    [InlineData("Previous")]
    [InlineData(" previous ")]
    public void Previous_in_any_case_asks_the_audit_log(string text)
    {
        Assert.True(DeployTarget.Parse(text).IsPrevious);
    }

    [Theory]
    [InlineData("salary-regression")]
    [InlineData("salary-regression.1")]
    [InlineData("salary-regression.1.x")]
    [InlineData("1.1")]
    [InlineData("salary regression.1.1")]
    public void A_malformed_identity_is_a_usage_error_naming_the_argument_and_the_form_expected(string text)
    {
        var options = GivenOptions.With([("deploy", text)]);

        var error = Assert.Throws<CakeException>(() => options.Validate(["deploy"]));

        Assert.Equal(2, error.ExitCode);
        Assert.Equal(
            $"--deploy takes a published model identity name.dataVersion.modelVersion (e.g. salary-regression.1.1) or 'previous', not '{text}'.",
            error.Message);
    }

    [Theory]
    [InlineData("Checkout")]
    [InlineData("Configure")]
    [InlineData("Environment")]
    [InlineData("Train")]
    [InlineData("package")]
    [InlineData("Publish")]
    public void A_target_that_only_builds_from_the_repository_is_refused_with_deploy(string target)
    {
        var error = Assert.Throws<CakeException>(() => DeployOptions.CheckTarget(DeployTarget.Parse("salary-regression.1.1"), target));

        Assert.Equal(2, error.ExitCode);
        Assert.Contains($"--target={target} would do nothing", error.Message, StringComparison.Ordinal);
        Assert.Contains("--target=DockerBuild, DockerPush, Plan or Apply", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DockerBuild")]
    [InlineData("DockerPush")]
    [InlineData("Plan")]
    [InlineData("Apply")]
    [InlineData("Default")]
    public void The_targets_from_DockerBuild_on_run_with_deploy(string target)
    {
        DeployOptions.CheckTarget(DeployTarget.Previous, target);
        DeployOptions.CheckTarget(null, "Train");
    }

    [Fact]
    public void Plan_takes_the_version_DockerBuild_resolved_only_when_the_arguments_still_name_it()
    {
        var record = new RedeployRecord
        {
            Requested = "previous",
            Identity = new ModelIdentity("salary-regression", 1, 1),
            Environment = "local",
            Feed = "/feed",
            FeedType = Orchestration.Publishing.ModelFeedType.NuGet,
            ModelSha256 = new string('a', 64),
            ProvenanceFile = "/work/deploy/provenance.json",
            Commit = new string('c', 40),
        };

        Assert.Same(record, RedeployStage.Recorded(record, GivenOptions.With([("deploy", "previous")])));
        Assert.Same(record, RedeployStage.Recorded(record, GivenOptions.With([("deploy", "salary-regression.1.1")])));
        var other = Assert.Throws<CakeException>(() => RedeployStage.Recorded(record, GivenOptions.With([("deploy", "salary-regression.1.2")])));
        var elsewhere = Assert.Throws<CakeException>(() => RedeployStage.Recorded(record, GivenOptions.With([("deploy", "previous"), ("environment", "production")])));

        Assert.Equal(
            "DockerBuild resolved --deploy=previous to salary-regression.1.1 (for --environment=local), but this run asks for --deploy=salary-regression.1.2: "
            + "run --target=DockerBuild with --deploy=salary-regression.1.2 first, or leave out --exclusive.",
            other.Message);
        Assert.Contains("asks for --deploy=previous for --environment=production", elsewhere.Message, StringComparison.Ordinal);
    }
}
