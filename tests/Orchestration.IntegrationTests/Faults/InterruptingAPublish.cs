using Orchestration.IntegrationTests.Publishing;
using Orchestration.IntegrationTests.Support;
using Orchestration.Publishing;

namespace Orchestration.IntegrationTests.Faults;

/// <summary>
/// Fault: a SIGTERM during the upload of a 400 MB package left a 100–400 MB temporary file inside the feed's
/// version folder until the next publish. The host turns SIGTERM into cancellation; these tests cancel the feed
/// writers directly, the moment their first file or folder appears in the feed, and look at what is left. The
/// cancellation comes from a file system watcher's thread, so a publish can finish first; it is then whole,
/// and the test tries again on a new feed.
/// </summary>
public sealed class InterruptingAPublish : IDisposable
{
    private readonly PackagedModels models = new();
    private readonly TemporaryDirectory work = new("orchestration-interrupted");

    /// <summary>Attempts, each on a new feed, until one was cancelled half way (the cancellation comes from another thread).</summary>
    private const int Attempts = 5;

    [Theory]
    [InlineData("maven")]
    [InlineData("nuget")]
    public async Task A_publish_cancelled_half_way_leaves_no_file_in_the_feed_and_nothing_listed(string feedType)
    {
        // 64 MiB of weights: copying them into the feed takes many times longer than the watcher needs to see the
        // first file, so the cancellation nearly always lands half way.
        var model = models.Create("salary-regression.1.1", weights: 64 << 20);
        var cancelledHalfWay = 0;
        for (var attempt = 1; attempt <= Attempts && cancelledHalfWay == 0; attempt++)
        {
            var feedFolder = work.Combine($"feed-{attempt}");
            Directory.CreateDirectory(feedFolder);
            using var cancel = new CancellationTokenSource();
            using var watcher = new FileSystemWatcher(feedFolder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Created += (_, _) => cancel.Cancel();

            bool published;
            using (var feed = Open(feedFolder, feedType))
            {
                try
                {
                    await ModelPublisher.PublishAsync(feed, model.PackageFile, model.Provenance, cancel.Token);
                    published = true;
                }
                catch (OperationCanceledException)
                {
                    published = false;
                }
            }

            // All or nothing: a publish the cancellation came too late for is whole; a cancelled one left nothing.
            using var reader = Open(feedFolder, feedType);
            var listed = await reader.ListAsync("salary-regression", default);
            if (published)
            {
                Assert.Equal([model.Identity], listed);
                continue;
            }

            Assert.DoesNotContain(Directory.EnumerateFiles(feedFolder, "*", SearchOption.AllDirectories), file => !file.EndsWith(".lock", StringComparison.Ordinal));
            Assert.Empty(listed);
            cancelledHalfWay++;
        }

        Assert.True(cancelledHalfWay == 1, $"each of {Attempts} publishes finished before its cancellation: none was cancelled half way");
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
