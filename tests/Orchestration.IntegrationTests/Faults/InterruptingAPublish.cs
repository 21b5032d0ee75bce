using Orchestration.IntegrationTests.Publishing;
using Orchestration.IntegrationTests.Support;
using Orchestration.Publishing;

namespace Orchestration.IntegrationTests.Faults;

/// <summary>
/// Fault: a SIGTERM during the upload of a 400 MB package left a 100–400 MB temporary file inside the feed's
/// version folder until the next publish. The host turns SIGTERM into cancellation; these tests cancel the feed
/// writers directly, the moment their first file or folder appears in the feed, and look at what is left.
/// </summary>
public sealed class InterruptingAPublish : IDisposable
{
    private readonly PackagedModels models = new();
    private readonly TemporaryDirectory work = new("orchestration-interrupted");

    [Theory]
    [InlineData("maven")]
    [InlineData("nuget")]
    public async Task A_publish_cancelled_half_way_leaves_no_file_in_the_feed_and_nothing_listed(string feedType)
    {
        var feedFolder = work.Combine("feed");
        Directory.CreateDirectory(feedFolder);
        // 64 MiB of weights: copying them into the feed takes many times longer than the watcher needs to see the
        // first file, so the cancellation always lands half way (a small package was sometimes in place before it).
        var model = models.Create("salary-regression.1.1", weights: 64 << 20);
        using var cancel = new CancellationTokenSource();
        using var watcher = new FileSystemWatcher(feedFolder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        watcher.Created += (_, _) => cancel.Cancel();

        using (var feed = Open(feedFolder, feedType))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ModelPublisher.PublishAsync(feed, model.PackageFile, model.Provenance, cancel.Token));
        }

        Assert.DoesNotContain(Directory.EnumerateFiles(feedFolder, "*", SearchOption.AllDirectories), file => !file.EndsWith(".lock", StringComparison.Ordinal));
        using var reader = Open(feedFolder, feedType);
        Assert.Empty(await reader.ListAsync("salary-regression", default));
    }

    public void Dispose()
    {
        models.Dispose();
        work.Dispose();
    }

    private IModelFeed Open(string feed, string feedType) => ModelFeeds.Open(
        RealContext.Create(),
        new FeedSettings { Feed = feed, Type = ModelFeedTypes.Parse(feedType), WorkingDirectory = work.Path, Retry = FastRetries.Policy() });
}
