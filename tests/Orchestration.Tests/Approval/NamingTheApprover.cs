using Orchestration.Approval;
using Orchestration.Pipeline;
using Orchestration.Terraform;
using Orchestration.Tests.Fakes;

namespace Orchestration.Tests.Approval;

public sealed class NamingTheApprover
{
    private readonly Dictionary<string, string> environment = new()
    {
        ["APPROVER"] = "jenkins-input-submitter",
        ["BUILD_USER_ID"] = "build-user",
        ["GITHUB_ACTOR"] = "octocat",
        ["USER"] = "shell-user",
    };

    [Fact]
    public void The_argument_wins()
    {
        Assert.Equal("carol", Resolve([("approver", "carol")]));
    }

    [Theory]
    [InlineData("APPROVER", "jenkins-input-submitter")]
    [InlineData("BUILD_USER_ID", "build-user")]
    [InlineData("GITHUB_ACTOR", "octocat")]
    [InlineData("USER", "shell-user")]
    public void Then_the_ci_variables_in_order(string firstSet, string expected)
    {
        foreach (var name in Approver.EnvironmentVariables.TakeWhile(n => n != firstSet))
        {
            environment.Remove(name);
        }

        Assert.Equal(expected, Resolve([]));
    }

    [Fact]
    public void Then_the_operating_system_user()
    {
        Assert.Equal(Environment.UserName, Approver.Resolve(" "));
    }

    [Fact]
    public void The_ci_run_is_jenkins_build_url_or_the_github_actions_run()
    {
        Assert.Equal("https://ci/job/x/7/", CiRun.Url(new Dictionary<string, string> { ["BUILD_URL"] = "https://ci/job/x/7/" }.GetValueOrDefault));
        Assert.Equal(
            "https://github.com/org/repo/actions/runs/42",
            CiRun.Url(new Dictionary<string, string> { ["GITHUB_SERVER_URL"] = "https://github.com", ["GITHUB_REPOSITORY"] = "org/repo", ["GITHUB_RUN_ID"] = "42" }.GetValueOrDefault));
        Assert.Null(CiRun.Url(_ => null));
    }

    private string Resolve((string Name, string Value)[] arguments) =>
        Approver.Resolve(GivenOptions.With(arguments, [.. environment.Select(v => (v.Key, v.Value))]).Get(TerraformOptions.Approver));
}
