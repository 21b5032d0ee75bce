using System.Text.Json;
using Orchestration.Promotion;

namespace Orchestration.Tests.Promotion;

public sealed class CheckingThePromotionGate
{
    private static readonly Dictionary<string, JsonElement> Trained = new()
    {
        ["r2"] = JsonSerializer.SerializeToElement(0.93),
        ["rmse"] = JsonSerializer.SerializeToElement(3500.0),
    };

    [Fact]
    public void A_met_requirement_passes()
    {
        var result = PromotionGate.Evaluate(Trained, [MetricRequirement.Parse("r2>=0.9"), MetricRequirement.Parse("rmse < 4000")]);

        Assert.True(result.Passed);
        Assert.Equal("passed (2 checks)", result.Verdict);
    }

    [Fact]
    public void A_missed_requirement_refuses_with_a_table_of_required_and_actual()
    {
        var result = PromotionGate.Evaluate(Trained, [MetricRequirement.Parse("r2>=0.95"), MetricRequirement.Parse("rmse<=4000"), MetricRequirement.Parse("mae<10")]);

        Assert.False(result.Passed);
        Assert.Equal("refused (2 of 3 checks missed)", result.Verdict);
        Assert.Equal(
            "  metric  required      actual     result\n" +
            "  r2      r2 >= 0.95    0.93       MISSED\n" +
            "  rmse    rmse <= 4000  3500       ok\n" +
            "  mae     mae < 10      (missing)  MISSED",
            result.Table().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_challenger_worse_than_the_serving_version_is_refused_on_the_compared_metrics()
    {
        var serving = new Baseline("production", "salary-regression.1.1", new Dictionary<string, JsonElement>
        {
            ["r2"] = JsonSerializer.SerializeToElement(0.95),
            ["rmse"] = JsonSerializer.SerializeToElement(3600.0),
        });

        var result = PromotionGate.Evaluate(Trained, [], serving, ComparedMetric.ParseList("r2,rmse"));

        Assert.Equal("salary-regression.1.1 in production", result.ComparedWith);
        Assert.Equal([("r2", false), ("rmse", true)], result.Checks.Select(c => (c.Metric, c.Met)));
        Assert.Equal(">= 0.95 (salary-regression.1.1 in production)", result.Checks[0].Required);
    }

    [Theory]
    [InlineData("r2")]
    [InlineData("r2=>0.9")]
    [InlineData("r2>=high")]
    public void A_requirement_that_is_not_name_comparison_number_is_a_usage_error(string text)
    {
        var error = Assert.Throws<Cake.Core.CakeException>(() => MetricRequirement.Parse(text));

        Assert.Equal(2, error.ExitCode);
        Assert.StartsWith($"--require-metric={text}: expected NAME>=VALUE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_like_metrics_are_better_lower_unless_told()
    {
        Assert.Equal(
            [("r2", true), ("rmse", false), ("accuracy", false)],
            ComparedMetric.ParseList("r2, rmse, accuracy:lower").Select(m => (m.Metric, m.HigherIsBetter)));
    }
}
