using Orchestration.Packaging;
using Orchestration.Publishing;
using Orchestration.Tests.Packaging;

namespace Orchestration.Tests.Publishing;

public sealed class ComparingProvenance
{
    [Fact]
    public void The_same_model_trained_again_later_elsewhere_is_the_same()
    {
        var published = SampleProvenance.Of();
        var later = published with
        {
            Training = new TrainingTimes(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow),
            Build = new CiBuild("Jenkins", "43", null),
            Tool = new ToolProvenance("Orchestration", "2.0.0"),
            Metrics = TrainedProject.Json("""{"r2": 0.91}"""),
        };

        Assert.Empty(ProvenanceComparison.Differences(published, later));
    }

    [Fact]
    public void A_different_commit_is_named_with_both_values()
    {
        var differences = ProvenanceComparison.Differences(SampleProvenance.Of(), SampleProvenance.Of(commit: "fedcba98"));

        Assert.Equal([$"commit: {SampleProvenance.Commit} in the feed, fedcba98 now"], differences);
    }

    [Fact]
    public void Changed_added_and_removed_data_files_are_named()
    {
        var published = SampleProvenance.Of();
        var now = published with { Data = [new FileDigest("data/a.csv", "d1-changed", 5), new FileDigest("data/c.csv", "d3", 1)] };

        var differences = ProvenanceComparison.Differences(published, now);

        Assert.Equal(
            ["data file data/a.csv: changed (SHA-256 d1 in the feed, d1-changed now)", "data file data/b.csv: removed", "data file data/c.csv: added"],
            differences);
        Assert.True(ProvenanceComparison.DataDiffers(published, now));
    }

    [Fact]
    public void Changed_and_new_parameters_are_named_with_both_values()
    {
        var differences = ProvenanceComparison.Differences(SampleProvenance.Of(), SampleProvenance.Of(parameters: """{"data_ver": 3, "alpha": "0.5"}"""));

        Assert.Equal(["parameter alpha: absent in the feed, \"0.5\" now", "parameter data_ver: 2 in the feed, 3 now"], differences);
    }

    [Fact]
    public void A_different_model_file_is_a_difference_even_with_the_same_inputs()
    {
        var differences = ProvenanceComparison.Differences(SampleProvenance.Of(), SampleProvenance.Of(modelSha256: "bb22"));

        Assert.Equal(["model SHA-256: aa11 in the feed, bb22 now"], differences);
        Assert.False(ProvenanceComparison.DataDiffers(SampleProvenance.Of(), SampleProvenance.Of(modelSha256: "bb22")));
    }

    [Fact]
    public void A_package_without_provenance_is_never_the_same()
    {
        Assert.Equal(
            ["the package in the feed has no provenance.json: it was not published by Orchestration"],
            ProvenanceComparison.Differences(null, SampleProvenance.Of()));
    }
}
