using Cake.Core;
using Orchestration.Pipeline;

namespace Orchestration.Promotion;

/// <summary>The promotion gate's arguments: <c>--require-metric</c> (repeatable), <c>--require-no-worse-than=ENV</c> with <c>--compare-metrics</c>.</summary>
public sealed record PromotionOptions
{
    public static readonly IReadOnlyList<string> Arguments = ["require-metric", "require-no-worse-than", "compare-metrics"];

    public IReadOnlyList<MetricRequirement> Requirements { get; init; } = [];

    public string? NoWorseThan { get; init; }

    public IReadOnlyList<ComparedMetric> Compared { get; init; } = [];

    public bool IsEmpty => Requirements.Count == 0 && NoWorseThan is null;

    public static PromotionOptions Read(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var noWorseThan = Options.Get(context, "require-no-worse-than", "REQUIRE_NO_WORSE_THAN");
        var compared = Options.Get(context, "compare-metrics", "COMPARE_METRICS");
        if (noWorseThan is not null && string.IsNullOrWhiteSpace(compared))
        {
            throw ConfigurationError.Create($"--require-no-worse-than={noWorseThan} needs --compare-metrics=NAME[,NAME...] (e.g. r2,rmse:lower): which metrics must not get worse.");
        }

        return new PromotionOptions
        {
            Requirements = [.. context.Arguments.GetArguments("require-metric").Select(text => MetricRequirement.Parse(text))],
            NoWorseThan = string.IsNullOrWhiteSpace(noWorseThan) ? null : noWorseThan,
            Compared = compared is null ? [] : ComparedMetric.ParseList(compared),
        };
    }
}
