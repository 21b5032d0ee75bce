using Cake.Core;
using Orchestration.Packaging;

namespace Orchestration.Tests.Packaging;

public sealed class DetectingTheCiSystem
{
    [Fact]
    public void A_local_build_has_no_ci_build()
    {
        Assert.Null(CiBuildDetector.Detect(ContextWith()));
    }

    [Fact]
    public void Jenkins_gives_its_build_number_and_url()
    {
        var build = CiBuildDetector.Detect(ContextWith(
            ("JENKINS_URL", "https://jenkins.example.com/"),
            ("BUILD_NUMBER", "42"),
            ("BUILD_URL", "https://jenkins.example.com/job/models/42/")));

        Assert.Equal(new CiBuild("Jenkins", "42", "https://jenkins.example.com/job/models/42/"), build);
    }

    [Fact]
    public void GitHub_Actions_gives_the_run_number_and_a_link_to_the_run()
    {
        var build = CiBuildDetector.Detect(ContextWith(
            ("GITHUB_ACTIONS", "true"),
            ("GITHUB_SERVER_URL", "https://github.com"),
            ("GITHUB_REPOSITORY", "team/models"),
            ("GITHUB_RUN_ID", "987654321"),
            ("GITHUB_RUN_NUMBER", "17")));

        Assert.Equal(new CiBuild("GitHub Actions", "17", "https://github.com/team/models/actions/runs/987654321"), build);
    }

    [Fact]
    public void GitLab_CI_gives_the_job_id_and_a_link_to_the_job()
    {
        var build = CiBuildDetector.Detect(ContextWith(
            ("GITLAB_CI", "true"),
            ("CI_SERVER", "yes"),
            ("CI_JOB_ID", "5551"),
            ("CI_PROJECT_URL", "https://gitlab.example.com/team/models")));

        Assert.Equal(new CiBuild("GitLab CI", "5551", "https://gitlab.example.com/team/models/-/jobs/5551"), build);
    }

    private static CakeContext ContextWith(params (string Name, string Value)[] variables) => FixedContext.With(variables: variables);
}
