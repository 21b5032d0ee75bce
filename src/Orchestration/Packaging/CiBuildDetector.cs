using Cake.Common.Build;
using Cake.Core;

namespace Orchestration.Packaging;

/// <summary>Which CI system runs this build (Cake's build-system detection), with its build number and URL.</summary>
public static class CiBuildDetector
{
    /// <summary>The CI build, or null for a local build.</summary>
    public static CiBuild? Detect(ICakeContext context)
    {
        var system = context.BuildSystem();
        if (system.IsLocalBuild)
        {
            return null;
        }

        if (system.IsRunningOnJenkins)
        {
            var build = system.Jenkins.Environment.Build;
            return new CiBuild("Jenkins", OrNull(build.BuildNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)), OrNull(build.BuildUrl));
        }

        if (system.IsRunningOnGitHubActions)
        {
            var workflow = system.GitHubActions.Environment.Workflow;
            var url = Join(workflow.ServerUrl, workflow.Repository, "actions/runs", workflow.RunId);
            return new CiBuild("GitHub Actions", OrNull(workflow.RunNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)), url);
        }

        if (system.IsRunningOnGitLabCI)
        {
            var environment = system.GitLabCI.Environment;
            var id = environment.Build.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new CiBuild("GitLab CI", id, Join(environment.Project.Url, "-/jobs", id));
        }

        if (system.IsRunningOnAzurePipelines)
        {
            var environment = system.AzurePipelines.Environment;
            var url = environment.TeamProject.CollectionUri is { } collection
                ? $"{collection.AbsoluteUri.TrimEnd('/')}/{environment.TeamProject.Name}/_build/results?buildId={environment.Build.Id}"
                : null;
            return new CiBuild("Azure Pipelines", OrNull(environment.Build.Number), url);
        }

        // Other systems Cake knows (TeamCity, GitLab, Bitbucket, ...): at least say which one.
        return new CiBuild(system.Provider.ToString(), null, null);
    }

    private static string? OrNull(string? value) => string.IsNullOrWhiteSpace(value) || value == "0" ? null : value;

    private static string? Join(params string?[] parts) =>
        parts.All(part => !string.IsNullOrWhiteSpace(part) && part != "0")
            ? string.Join('/', parts.Select(part => part!.Trim('/')))
            : null;
}
