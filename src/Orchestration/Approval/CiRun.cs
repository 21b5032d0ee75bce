namespace Orchestration.Approval;

/// <summary>The CI run this process belongs to, for the audit trail.</summary>
internal static class CiRun
{
    public static string? Url(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (environment("BUILD_URL") is { Length: > 0 } jenkins)
        {
            return jenkins;
        }

        return (environment("GITHUB_SERVER_URL"), environment("GITHUB_REPOSITORY"), environment("GITHUB_RUN_ID")) is ({ Length: > 0 } server, { Length: > 0 } repository, { Length: > 0 } run)
            ? $"{server}/{repository}/actions/runs/{run}"
            : null;
    }
}
