using System.Text.Json;
using Orchestration.Configuration;
using Orchestration.Pipeline;
using Orchestration.Promotion;
using Orchestration.Publishing;
using Orchestration.Tests.Fakes;

namespace Orchestration.Tests.Promotion;

public sealed class RefusingToPublish
{
    private static readonly Dictionary<string, JsonElement> Metrics = new() { ["r2"] = JsonSerializer.SerializeToElement(0.93) };
    private readonly RecordingLog log = new();

    [Fact]
    public async Task A_missed_gate_refuses_with_the_table_and_a_met_one_is_recorded()
    {
        var context = TestCakeContext.Create(log, [("require-metric", "r2>=0.95")]);
        var refused = await Assert.ThrowsAsync<PromotionRefusedException>(() => Check(context));

        var passed = await Check(TestCakeContext.Create(log, [("require-metric", "r2>=0.9")]));

        Assert.StartsWith("salary-regression.1.2 misses the promotion gate, so it is not published:\n  metric  required", refused.Message, StringComparison.Ordinal);
        Assert.Contains("r2      r2 >= 0.95  0.93    MISSED", refused.Message, StringComparison.Ordinal);
        Assert.Equal("passed (1 check)", passed?.Verdict);
        Assert.Contains("Promotion gate passed (1 check):", log.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_gate_nothing_is_checked()
    {
        Assert.Null(await Check(TestCakeContext.Create(log, [])));
    }

    private static Task<GateResult?> Check(Cake.Core.CakeContext context) =>
        PromotionCheck.RunAsync(
            context,
            PromotionOptions.Bind(new OptionValues(PipelineOptions.Catalog, context.Arguments.GetArguments, _ => null)),
            new ModelIdentity("salary-regression", 1, 2),
            Metrics,
            new WorkspacePaths("/nonexistent"),
            new FeedSettings { Feed = "/nonexistent/feed", WorkingDirectory = "/" });
}
