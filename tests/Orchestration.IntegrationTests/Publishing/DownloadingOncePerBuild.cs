using Orchestration.IntegrationTests.Support;
using Orchestration.Publishing;

namespace Orchestration.IntegrationTests.Publishing;

/// <summary>
/// Train's look-up of an earlier run, its restore and Publish's comparison each ask the feed for the same
/// package: with a downloads folder (as the build binds it) the server sends it once per build.
/// </summary>
public sealed class DownloadingOncePerBuild : IDisposable
{
    private readonly NuGetTestServer server = new();
    private readonly PackagedModels models = new();
    private readonly TemporaryDirectory work = new("orchestration-downloads");

    [Fact]
    public async Task Finding_restoring_and_comparing_a_published_package_download_it_once()
    {
        var model = models.Create("salary-regression.2.7");
        await PublishAsync(model);
        var settings = Settings(work.Combine(".work", "downloads"));

        using (var train = ModelFeeds.Open(RealContext.Create(), settings))
        {
            Assert.NotNull((await train.FindAsync(model.Identity, default))?.Provenance);
            Assert.True(await train.DownloadAsync(model.Identity, work.Combine("restore.nupkg"), default));
        }

        using (var publish = ModelFeeds.Open(RealContext.Create(), settings))
        {
            var published = await publish.FindAsync(model.Identity, default);
            Assert.Equal(model.Provenance.Model.Sha256, published?.Provenance?.Model.Sha256);
        }

        Assert.Equal(await File.ReadAllBytesAsync(model.PackageFile), await File.ReadAllBytesAsync(work.Combine("restore.nupkg")));
        Assert.Equal(1, PackageDownloads());
    }

    [Fact]
    public async Task Without_a_downloads_folder_each_request_downloads_the_package()
    {
        var model = models.Create("salary-regression.2.7");
        await PublishAsync(model);
        using var feed = ModelFeeds.Open(RealContext.Create(), Settings(downloads: null));

        await feed.FindAsync(model.Identity, default);
        await feed.FindAsync(model.Identity, default);

        Assert.Equal(2, PackageDownloads());
    }

    [Fact]
    public async Task A_version_the_feed_did_not_have_is_asked_for_again()
    {
        var model = models.Create("salary-regression.2.7");
        using var feed = ModelFeeds.Open(RealContext.Create(), Settings(work.Combine(".work", "downloads")));
        Assert.Null(await feed.FindAsync(model.Identity, default));

        await PublishAsync(model);

        Assert.NotNull(await feed.FindAsync(model.Identity, default));
    }

    [Fact]
    public async Task A_kept_copy_altered_since_is_downloaded_again()
    {
        var model = models.Create("salary-regression.2.7");
        await PublishAsync(model);
        var downloads = work.Combine(".work", "downloads");
        using var feed = ModelFeeds.Open(RealContext.Create(), Settings(downloads));
        await feed.FindAsync(model.Identity, default);

        var kept = Assert.Single(Directory.GetFiles(downloads));
        await File.AppendAllTextAsync(kept, "tampered");
        var again = await feed.FindAsync(model.Identity, default);

        Assert.Equal(model.Provenance.Model.Sha256, again?.Provenance?.Model.Sha256);
        Assert.Equal(2, PackageDownloads());
    }

    public void Dispose()
    {
        server.Dispose();
        models.Dispose();
        work.Dispose();
    }

    /// <summary>Puts the package on the server (a publish with no downloads kept: it downloads nothing, the version being new).</summary>
    private async Task PublishAsync(PackagedModel model)
    {
        using var feed = ModelFeeds.Open(RealContext.Create(), Settings(downloads: null));
        await ModelPublisher.PublishAsync(feed, model.PackageFile, model.Provenance, default);
    }

    private int PackageDownloads() => server.Requests.Count(request => request.StartsWith("GET ", StringComparison.Ordinal) && request.EndsWith(".nupkg", StringComparison.Ordinal));

    private FeedSettings Settings(string? downloads) => new()
    {
        Feed = server.ServiceIndex,
        ApiKey = NuGetTestServer.ApiKey,
        WorkingDirectory = work.Path,
        Retry = FastRetries.Policy(),
        DownloadsDirectory = downloads,
    };
}
