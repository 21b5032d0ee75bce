using Cake.Core;
using Orchestration.IntegrationTests.Publishing;
using Orchestration.IntegrationTests.Support;
using Orchestration.Publishing;
using Orchestration.Publishing.MavenFeeds;

namespace Orchestration.IntegrationTests.Faults;

/// <summary>
/// Fault: two clones with different content publishing one version to one Maven folder feed at once both
/// succeeded in 2 of 5 rounds (one "Published", the other "same provenance: nothing to do"), and the feed kept
/// only one. Now exactly one wins and the other is refused; identical content is a genuine no-op. Each round
/// races two publishers, each with its own feed connection, started together on the real file system.
/// </summary>
public sealed class RacingPublishersOnOneFolderFeed : IDisposable
{
    private const int Rounds = 5;

    private readonly PackagedModels models = new();
    private readonly TemporaryDirectory work = new("orchestration-race");

    private enum Outcome
    {
        Published,
        NothingToDo,
        Refused,
    }

    [Theory]
    [InlineData("maven")]
    [InlineData("nuget")]
    public async Task Of_two_publishers_with_different_content_exactly_one_wins_every_round(string feedType)
    {
        var feed = work.Combine(feedType + "-feed");
        for (var round = 1; round <= Rounds; round++)
        {
            var identity = $"salary-regression.1.{round}";
            var ours = models.Create(identity);
            var theirs = models.Create(identity, data: PackagedModels.OriginalData + $"{round},99000\n", commit: "fedcba9876543210fedcba9876543210fedcba98");

            var outcomes = await RaceAsync(feed, feedType, ours, theirs);

            Assert.Equal([Outcome.Published, Outcome.Refused], outcomes.Order());
            var winner = outcomes[0] == Outcome.Published ? ours : theirs;
            using var reader = Open(feed, feedType);
            var published = await reader.FindAsync(winner.Identity, default);
            Assert.Equal(winner.Provenance.Source.Commit, published!.Provenance!.Source.Commit);
            Assert.Equal(winner.Provenance.Model.Sha256, published.Provenance.Model.Sha256);
            if (feedType == "maven")
            {
                var zip = Path.Combine(feed, "models", "salary-regression", $"1.{round}", $"salary-regression-1.{round}.zip");
                Assert.Equal(File.ReadAllBytes(winner.PackageFile), File.ReadAllBytes(zip));
                Assert.Equal(Checksums.OfFile(zip)["sha1"], File.ReadAllText(zip + ".sha1"));
            }
        }

        using var listing = Open(feed, feedType);
        Assert.Equal(Rounds, (await listing.ListAsync("salary-regression", default)).Count);
        Assert.Empty(Directory.EnumerateFiles(feed, "*.tmp", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("maven")]
    [InlineData("nuget")]
    public async Task Of_two_publishers_with_the_same_content_one_publishes_and_the_other_does_nothing(string feedType)
    {
        var feed = work.Combine(feedType + "-feed");
        for (var round = 1; round <= Rounds; round++)
        {
            var identity = $"salary-regression.2.{round}";

            var outcomes = await RaceAsync(feed, feedType, models.Create(identity), models.Create(identity));

            Assert.Equal([Outcome.Published, Outcome.NothingToDo], outcomes.Order());
        }
    }

    [Fact]
    public async Task A_create_only_file_in_a_folder_is_created_by_exactly_one_of_two_writers()
    {
        var root = work.Combine("create-only");
        // Hundreds of rounds: the window between an existence check and a rename is narrow (File.Move's own create-only
        // lost one round in twenty now and then, and one in three hundred fails every run).
        for (var round = 1; round <= 300; round++)
        {
            var path = $"models/x/{round}/x-{round}.zip";
            using var first = new FolderMavenTransport(root);
            using var second = new FolderMavenTransport(root);
            using var start = new Barrier(2);

            var writes = await Task.WhenAll(
                Task.Run(() => TryCreate(first, path, [1, 1, 1], start)),
                Task.Run(() => TryCreate(second, path, [2, 2, 2], start)));

            Assert.Single(writes, created => created is not null);
            Assert.Equal(writes.Single(created => created is not null), File.ReadAllBytes(Path.Combine(root, path)));
        }

        Assert.Empty(Directory.EnumerateFiles(root, "*.tmp", SearchOption.AllDirectories));
    }

    public void Dispose()
    {
        models.Dispose();
        work.Dispose();
    }

    private async Task<Outcome[]> RaceAsync(string feed, string feedType, PackagedModel first, PackagedModel second)
    {
        using var start = new Barrier(2);
        return await Task.WhenAll(
            Task.Run(() => PublishAsync(feed, feedType, first, start)),
            Task.Run(() => PublishAsync(feed, feedType, second, start)));
    }

    private async Task<Outcome> PublishAsync(string feedFolder, string feedType, PackagedModel model, Barrier start)
    {
        using var feed = Open(feedFolder, feedType);
        start.SignalAndWait();
        try
        {
            var publication = await ModelPublisher.PublishAsync(feed, model.PackageFile, model.Provenance, default);
            return publication.AlreadyPublished ? Outcome.NothingToDo : Outcome.Published;
        }
        catch (CakeException refused) when (refused.ExitCode == 2 && refused.Message.Contains("is already published in", StringComparison.Ordinal))
        {
            return Outcome.Refused;
        }
    }

    private static async Task<byte[]?> TryCreate(FolderMavenTransport transport, string path, byte[] content, Barrier start)
    {
        start.SignalAndWait();
        try
        {
            await transport.PutBytesAsync(path, content, createOnly: true, default);
            return content;
        }
        catch (FileAlreadyThereException)
        {
            return null;
        }
    }

    private IModelFeed Open(string feed, string feedType) => ModelFeeds.Open(
        RealContext.Create(),
        new FeedSettings { Feed = feed, Type = ModelFeedTypes.Parse(feedType), WorkingDirectory = work.Path, Retry = FastRetries.Policy() });
}
