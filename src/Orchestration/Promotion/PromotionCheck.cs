using System.Text.Json;
using Cake.Common.Diagnostics;
using Cake.Core;
using Orchestration.Approval;
using Orchestration.Configuration;
using Orchestration.Packaging;
using Orchestration.Pipeline;
using Orchestration.Publishing;

namespace Orchestration.Promotion;

/// <summary>
/// Runs the promotion gate before a model is packaged for publishing: finds what serves the environment
/// named by --require-no-worse-than (the last applied deployment in the audit log) and its metrics (from its
/// provenance in the feed), prints the table, and refuses a model that misses a check.
/// </summary>
public static class PromotionCheck
{
    public static async Task<GateResult?> RunAsync(
        ICakeContext context, PromotionOptions options, ModelIdentity identity, IReadOnlyDictionary<string, JsonElement> metrics, WorkspacePaths paths, FeedSettings feed)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(paths);
        if (options.IsEmpty)
        {
            return null;
        }

        var baseline = options.NoWorseThan is { } environment ? await BaselineAsync(context, environment, paths, feed).ConfigureAwait(false) : null;
        var result = PromotionGate.Evaluate(metrics, options.Requirements, baseline, options.Compared);
        if (!result.Passed)
        {
            throw new PromotionRefusedException($"{identity} misses the promotion gate, so it is not published:\n{result.Table()}");
        }

        context.Information("Promotion gate {0}:\n{1}", result.Verdict, result.Table());
        return result;
    }

    private static async Task<Baseline?> BaselineAsync(ICakeContext context, string environment, WorkspacePaths paths, FeedSettings feed)
    {
        var serving = ApprovalJournal.ServingIdentity(ApprovalJournal.AuditLogs(paths), environment);
        if (serving is null)
        {
            context.Warning("{1}={0}: no deployment to {0} is recorded in the audit log, so there is nothing to compare with.", environment, PromotionOptions.NoWorseThanEnvironment);
            return null;
        }

        var resolver = ModelFeeds.CreateResolver(context, feed);
        var folder = Path.Combine(paths.Work, "promotion", serving);
        try
        {
            var resolved = await resolver.ResolveAsync(ModelIdentity.Parse(serving), folder, CancellationToken.None).ConfigureAwait(false);
            return new Baseline(environment, serving, ProvenanceJson.ReadFile(resolved.ProvenanceFile).Metrics);
        }
        finally
        {
            (resolver as IDisposable)?.Dispose();
        }
    }
}
