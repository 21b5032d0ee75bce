using System.Globalization;
using System.Text.RegularExpressions;
using Orchestration.Pipeline;

namespace Orchestration.Promotion;

/// <summary>One <c>--require-metric NAME&gt;=VALUE</c> (also <c>&lt;=</c>, <c>&gt;</c>, <c>&lt;</c>): a bound a trained metric must meet.</summary>
public sealed partial record MetricRequirement(string Metric, string Operator, double Value)
{
    public static MetricRequirement Parse(string text, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        source ??= PromotionOptions.RequiredMetrics.Flag;
        var match = Pattern().Match(text.Trim());
        if (!match.Success || !double.TryParse(match.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw ConfigurationError.Create($"{source}={text}: expected NAME>=VALUE, NAME<=VALUE, NAME>VALUE or NAME<VALUE with a number, e.g. {source}=r2>=0.9.");
        }

        return new MetricRequirement(match.Groups["name"].Value, match.Groups["op"].Value, value);
    }

    public bool IsMetBy(double actual) => Operator switch
    {
        ">=" => actual >= Value,
        "<=" => actual <= Value,
        ">" => actual > Value,
        "<" => actual < Value,
        _ => throw new InvalidOperationException($"Unknown comparison '{Operator}'."),
    };

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Metric} {Operator} {Value}");

    [GeneratedRegex(@"^(?<name>[A-Za-z0-9_.\-/ ]+?)\s*(?<op>>=|<=|>|<)\s*(?<value>\S+)$")]
    private static partial Regex Pattern();
}
