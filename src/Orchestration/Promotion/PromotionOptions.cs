using Orchestration.Pipeline;

namespace Orchestration.Promotion;

/// <summary>The promotion gate's arguments: <c>--require-metric</c> (repeatable), <c>--require-no-worse-than=ENV</c> with <c>--compare-metrics</c>.</summary>
public sealed record PromotionOptions
{
    public static readonly RepeatedOption<string> RequiredMetrics = Option.Repeated(
        "require-metric", null, ',', Option.NotSet, "NAME>=VALUE: a metric the model must reach to be published", text => text);

    public static readonly Option<string?> NoWorseThanEnvironment = Option.Text(
        "require-no-worse-than", "REQUIRE_NO_WORSE_THAN", null, "an environment whose model's metrics must not get worse");

    public static readonly Option<string?> ComparedMetrics = Option.Text(
        "compare-metrics", "COMPARE_METRICS", null, "the metrics compared (NAME[,NAME...])", defaultText: "— (required with --require-no-worse-than)");

    public IReadOnlyList<MetricRequirement> Requirements { get; init; } = [];

    public string? NoWorseThan { get; init; }

    public IReadOnlyList<ComparedMetric> Compared { get; init; } = [];

    public bool IsEmpty => Requirements.Count == 0 && NoWorseThan is null;

    public static PromotionOptions Bind(OptionValues options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var noWorseThan = options.Get(NoWorseThanEnvironment);
        var compared = options.Get(ComparedMetrics);
        if (noWorseThan is not null && string.IsNullOrWhiteSpace(compared))
        {
            throw ConfigurationError.Create($"{NoWorseThanEnvironment}={noWorseThan} needs {ComparedMetrics}=NAME[,NAME...] (e.g. r2,rmse:lower): which metrics must not get worse.");
        }

        return new PromotionOptions
        {
            Requirements = [.. options.Get(RequiredMetrics).Select(text => MetricRequirement.Parse(text))],
            NoWorseThan = string.IsNullOrWhiteSpace(noWorseThan) ? null : noWorseThan,
            Compared = compared is null ? [] : ComparedMetric.ParseList(compared),
        };
    }
}
