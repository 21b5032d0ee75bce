using Cake.Core;
using Orchestration.Docker;
using Orchestration.Tests.Publishing;

namespace Orchestration.Tests.Docker;

public sealed class DatingTheImage
{
    [Fact]
    public void The_created_label_is_when_the_model_finished_training_not_when_the_image_was_built()
    {
        var provenance = SampleProvenance.Of();

        Assert.Equal(provenance.Training.FinishedAt, DockerBuildStage.CreatedAt(null, provenance));
    }

    [Fact]
    public void SOURCE_DATE_EPOCH_when_set_is_the_created_time()
    {
        Assert.Equal(new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.Zero), DockerBuildStage.CreatedAt("1717243200", SampleProvenance.Of()));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("-5")]
    [InlineData("1.5")]
    public void A_SOURCE_DATE_EPOCH_that_is_not_whole_seconds_is_a_configuration_error(string value)
    {
        var failure = Assert.Throws<CakeException>(() => DockerBuildStage.CreatedAt(value, SampleProvenance.Of()));

        Assert.Equal(2, failure.ExitCode);
        Assert.StartsWith($"SOURCE_DATE_EPOCH '{value}' is not a time", failure.Message, StringComparison.Ordinal);
    }
}
