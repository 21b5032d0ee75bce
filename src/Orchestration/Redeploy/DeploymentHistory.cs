using Cake.Core;
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

    /// <summary>The identity <paramref name="target"/> names in <paramref name="environment"/>, from the audit log; null when it records no earlier one.</summary>
    public static ModelIdentity? Resolve(DeployTarget target, string environment, IReadOnlyList<string> auditLogs)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Identity ?? (Previous(ApprovalJournal.ServedIdentities(auditLogs, environment)) is { } previous ? ModelIdentity.Parse(previous) : null);
    }

    /// <summary>The model whose versions served <paramref name="environment"/>, by the audit log; null when nothing was applied there.</summary>
    public static string? ModelName(string environment, IReadOnlyList<string> auditLogs) =>
        ApprovalJournal.ServedIdentities(auditLogs, environment).LastOrDefault(identity => identity is not null) is { } last
            ? ModelIdentity.Parse(last).Name
            : null;

    /// <summary>Exit 2: no earlier version is known, saying what the audit log holds.</summary>
    public static CakeException NoPrevious(string environment, IReadOnlyList<string> auditLogs, string? registry)
    {
        var served = ApprovalJournal.ServedIdentities(auditLogs, environment);
        var log = ApprovalJournal.LongestLog(auditLogs) ?? string.Join(" or ", auditLogs);
        var current = served.Count > 0 && served[^1] is { } now ? $"only {now} has served it" : "nothing has been applied to it";
        return ConfigurationError.Create(
            $"{DeployOptions.Deploy}={DeployTarget.PreviousWord}: the audit log {log} records no earlier version in environment '{environment}' ({current})"
            + (registry is null ? ". " : $", and neither does the MLflow registry at {registry}. ")
            + $"Name the version instead: {DeployOptions.Deploy}=name.dataVersion.modelVersion.");
    }
}
