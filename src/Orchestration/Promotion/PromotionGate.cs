using System.Globalization;
using System.Text.Json;

namespace Orchestration.Promotion;

/// <summary>
/// Decides whether a trained model may be published: every <c>--require-metric</c> bound, and with
/// <c>--require-no-worse-than</c> every <c>--compare-metrics</c> metric at least as good as in the version
/// serving that environment. A metric the notebook did not record misses its check.
/// </summary>
internal static class PromotionGate
{
    public static GateResult Evaluate(
        IReadOnlyDictionary<string, JsonElement> metrics,
        IReadOnlyList<MetricRequirement> requirements,
        Baseline? baseline = null,
        IReadOnlyList<ComparedMetric>? compared = null)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(requirements);
        var checks = requirements.Select(requirement => Check(metrics, requirement, requirement.ToString())).ToList();
        if (baseline is not null)
        {
            foreach (var metric in compared ?? [])
            {
                var deployed = Number(baseline.Metrics, metric.Metric);
                checks.Add(deployed is null
                    ? new GateCheck(metric.Metric, $"no worse than {baseline.Identity} (which has none)", Number(metrics, metric.Metric), Met: true)
                    : Check(metrics, metric.Against(deployed.Value), string.Create(CultureInfo.InvariantCulture, $"{(metric.HigherIsBetter ? ">=" : "<=")} {deployed.Value:R} ({baseline.Identity} in {baseline.Environment})")));
            }
        }

        return new GateResult { Checks = checks, ComparedWith = baseline is null ? null : $"{baseline.Identity} in {baseline.Environment}" };
    }

    private static GateCheck Check(IReadOnlyDictionary<string, JsonElement> metrics, MetricRequirement requirement, string required)
    {
        var actual = Number(metrics, requirement.Metric);
        return new GateCheck(requirement.Metric, required, actual, actual is { } value && requirement.IsMetBy(value));
    }

    private static double? Number(IReadOnlyDictionary<string, JsonElement> metrics, string name) =>
        metrics.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
