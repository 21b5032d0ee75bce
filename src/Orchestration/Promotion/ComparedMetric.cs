using Orchestration.Pipeline;

namespace Orchestration.Promotion;

/// <summary>
/// One metric named by <c>--compare-metrics</c>, with which way is better: <c>r2</c> (higher is better) or
/// <c>rmse:lower</c>. Without a suffix, error-like names (rmse, mse, mae, loss, error) are lower-is-better.
/// </summary>
public sealed record ComparedMetric(string Metric, bool HigherIsBetter)
{
    private static readonly string[] LowerIsBetterHints = ["rmse", "mse", "mae", "loss", "error"];

    public static IReadOnlyList<ComparedMetric> ParseList(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Parse)];
    }

    public static ComparedMetric Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(':', 2);
        var name = parts[0].Trim();
        return parts.Length == 1
            ? new ComparedMetric(name, !LowerIsBetterHints.Any(hint => name.Contains(hint, StringComparison.OrdinalIgnoreCase)))
            : parts[1].Trim().ToLowerInvariant() switch
            {
                "higher" => new ComparedMetric(name, true),
                "lower" => new ComparedMetric(name, false),
                _ => throw ConfigurationError.Create($"{PromotionOptions.ComparedMetrics}: '{text}' expected NAME, NAME:higher or NAME:lower (which way is better)."),
            };
    }

    /// <summary>The requirement the challenger must meet against the baseline value.</summary>
    public MetricRequirement Against(double baseline) => new(Metric, HigherIsBetter ? ">=" : "<=", baseline);
}
