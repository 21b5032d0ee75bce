using Orchestration.Approval;
using Orchestration.Configuration;
using Orchestration.Pipeline;

namespace Orchestration.Redeploy;

/// <summary>
/// Which version <c>--deploy=previous</c> means: the one that served the environment before the one serving it
/// now, by the audit log of applies. After 1.1, 1.2 it is 1.1; after 1.1, 1.2, 1.1 (a rollback) it is 1.2;
/// after a destroy, the last one that served.
/// </summary>
internal static class DeploymentHistory
{
    /// <param name="served">What each applied change left serving, oldest first (null: destroyed).</param>
    public static string? Previous(IReadOnlyList<string?> served)
    {
        ArgumentNullException.ThrowIfNull(served);
        var current = served.Count == 0 ? null : served[^1];
        for (var index = served.Count - 2; index >= 0; index--)
        {
            if (served[index] is { } identity && identity != current)
            {
                return identity;
            }
        }

        return null;
    }

    /// <summary>The identity <paramref name="target"/> names in <paramref name="environment"/>; exit 2 when the audit log has none.</summary>
    public static ModelIdentity Resolve(DeployTarget target, string environment, IReadOnlyList<string> auditLogs)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Identity is { } named)
        {
            return named;
        }

        var served = ApprovalJournal.ServedIdentities(auditLogs, environment);
        var previous = Previous(served);
        if (previous is null)
        {
            var log = ApprovalJournal.LongestLog(auditLogs) ?? string.Join(" or ", auditLogs);
            var current = served.Count > 0 && served[^1] is { } now ? $"only {now} has served it" : "nothing has been applied to it";
            throw ConfigurationError.Create(
                $"{DeployOptions.Deploy}={DeployTarget.PreviousWord}: the audit log {log} records no earlier version in environment '{environment}' ({current}). "
                + $"Name the version instead: {DeployOptions.Deploy}=name.dataVersion.modelVersion.");
        }

        return ModelIdentity.Parse(previous);
    }
}
