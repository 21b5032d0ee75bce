using Cake.Core;
using Orchestration.Publishing;

namespace Orchestration.Tests.Publishing;

public sealed class PublishingImmutably : IDisposable
{
    private readonly MemoryFeed feed = new();

    [Fact]
    public async Task An_absent_version_is_uploaded()
    {
        var publication = await ModelPublisher.PublishAsync(feed, "model.nupkg", SampleProvenance.Of(), default);

        Assert.Equal(1, feed.Uploads);
        Assert.Equal(("salary-regression.2.7", "memory://feed", "nuget", false, "aa11"), (publication.Identity.ToString(), publication.Feed, publication.FeedType.Name(), publication.AlreadyPublished, publication.ModelSha256));
    }

    [Fact]
    public async Task A_version_already_there_with_the_same_provenance_is_not_uploaded_again()
    {
        feed.Versions["salary-regression.2.7"] = SampleProvenance.Of();

        var publication = await ModelPublisher.PublishAsync(feed, "model.nupkg", SampleProvenance.Of(), default);

        Assert.True(publication.AlreadyPublished);
        Assert.Equal(0, feed.Uploads);
    }

    [Fact]
    public async Task A_version_already_there_with_another_model_is_refused_and_model_version_is_to_be_bumped()
    {
        feed.Versions["salary-regression.2.7"] = SampleProvenance.Of();

        var refusal = await Assert.ThrowsAsync<CakeException>(() => ModelPublisher.PublishAsync(feed, "model.nupkg", SampleProvenance.Of(modelSha256: "bb22"), default));

        Assert.Equal(2, refusal.ExitCode);
        Assert.Equal(
            "salary-regression.2.7 is already published in memory://feed with different content:\n" +
            "  - model SHA-256: aa11 in the feed, bb22 now\n" +
            "Published versions are immutable, so nothing was uploaded. Bump model.version (or data.version) in build.properties, commit, and publish again.",
            refusal.Message);
        Assert.Equal(0, feed.Uploads);
    }

    [Fact]
    public async Task A_version_published_between_look_up_and_upload_is_compared_with_what_was_published()
    {
        feed.PublishedMeanwhile = SampleProvenance.Of(commit: "fedcba98");

        var refusal = await Assert.ThrowsAsync<CakeException>(() => ModelPublisher.PublishAsync(feed, "model.nupkg", SampleProvenance.Of(), default));

        Assert.Contains($"commit: fedcba98 in the feed, {SampleProvenance.Commit} now", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_model_published_between_look_up_and_upload_is_already_published()
    {
        feed.PublishedMeanwhile = SampleProvenance.Of();

        var publication = await ModelPublisher.PublishAsync(feed, "model.nupkg", SampleProvenance.Of(), default);

        Assert.True(publication.AlreadyPublished);
    }

    public void Dispose() => feed.Dispose();
}
