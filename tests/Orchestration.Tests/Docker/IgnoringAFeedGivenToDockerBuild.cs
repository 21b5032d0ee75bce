using Orchestration.Configuration;
using Orchestration.Docker;
using Orchestration.Publishing;
using Orchestration.Tests.Fakes;

namespace Orchestration.Tests.Docker;

/// <summary>
/// DockerBuild builds from the feed Publish recorded. A <c>--feed</c> given to it that names another feed is
/// ignored, and the build says so; the same feed spelt another way is not another feed.
/// </summary>
public sealed class IgnoringAFeedGivenToDockerBuild
{
    private const string Root = "/srv/ci/workspace";

    private readonly RecordingLog log = new();

    [Fact]
    public void Another_folder_is_named_in_a_warning_beside_the_recorded_feed()
    {
        Warn("/srv/other-feed", Published(".work/feed"));

        var warning = Assert.Single(log.Lines);
        Assert.Equal(
            "The feed given to this run (/srv/other-feed) is ignored: DockerBuild resolves the model from the feed Publish recorded (.work/feed), " +
            "so the image holds exactly what was published. To build from /srv/other-feed, run Publish with that feed first.",
            warning);
    }

    [Fact]
    public void Another_url_is_named_in_a_warning()
    {
        Warn("https://nexus.example.com/repository/models-staging/", Published("https://nexus.example.com/repository/models/"));

        Assert.Contains("The feed given to this run (https://nexus.example.com/repository/models-staging/) is ignored", Assert.Single(log.Lines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, ".work/feed")]
    [InlineData("", ".work/feed")]
    [InlineData(".work/feed", ".work/feed")]
    [InlineData("./.work/feed/", ".work/feed")]
    [InlineData("/srv/ci/workspace/.work/feed", ".work/feed")]
    [InlineData("file:///srv/ci/workspace/.work/feed", ".work/feed")]
    [InlineData("https://nexus.example.com/repository/models", "https://nexus.example.com/repository/models/")]
    [InlineData("HTTPS://Nexus.Example.com/repository/models/", "https://nexus.example.com/repository/models/")]
    public void No_feed_or_the_recorded_one_spelt_another_way_says_nothing(string? requested, string recorded)
    {
        Warn(requested, Published(recorded));

        Assert.Empty(log.Lines);
    }

    private void Warn(string? requested, PublicationRecord publication) =>
        IgnoredFeedArgument.WarnIfIgnored(TestCakeContext.Create(log, []), requested, publication, Root);

    private static PublicationRecord Published(string feed) => new()
    {
        Identity = ModelIdentity.Parse("salary-regression.1.1"),
        Feed = feed,
        FeedType = ModelFeedType.NuGet,
        AlreadyPublished = false,
        ModelSha256 = "aa11",
        PublishedAt = DateTimeOffset.UnixEpoch,
    };
}
