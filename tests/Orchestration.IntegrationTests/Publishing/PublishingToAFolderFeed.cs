using System.IO.Compression;
using Cake.Core;
using Orchestration.IntegrationTests.Support;
using Orchestration.Packaging;
using Orchestration.Pipeline;
using Orchestration.Publishing;

namespace Orchestration.IntegrationTests.Publishing;

public sealed class PublishingToAFolderFeed : IDisposable
{
    private readonly PackagedModels models = new();
    private readonly TemporaryDirectory work = new("orchestration-folder-feed");

    private string FeedFolder => work.Combine("feed");

    [Fact]
    public async Task A_published_model_is_listed_and_resolves_to_its_verified_model_file()
    {
        var model = models.Create("salary-regression.2.7");
        using var feed = Open();

        var publication = await ModelPublisher.PublishAsync(feed, model.PackageFile, model.Provenance, default);
        var listed = await feed.ListAsync("salary-regression", default);
        var resolved = await ModelFeeds.CreateResolver(RealContext.Create(), FeedFolder).ResolveAsync(model.Identity, work.Combine("resolved"), default);

        Assert.False(publication.AlreadyPublished);
        Assert.Equal(("salary-regression.2.7", "nuget", model.Provenance.Model.Sha256), (publication.Identity.ToString(), publication.FeedType.Name(), publication.ModelSha256));
        Assert.True(File.Exists(Path.Combine(FeedFolder, "salary-regression", "2.7.0", "salary-regression.2.7.0.nupkg")));
        Assert.Equal(["salary-regression.2.7"], listed.Select(identity => identity.ToString()));
        Assert.Equal(work.Combine("resolved", "salary-regression.2.7.joblib"), resolved.ModelFile);
        Assert.Equal(model.ModelContent, File.ReadAllText(resolved.ModelFile));
        Assert.Equal(model.Provenance.Model.Sha256, resolved.ModelSha256);
        Assert.Equal(model.Provenance.Source.Commit, Orchestration.Packaging.ProvenanceJson.ReadFile(resolved.ProvenanceFile).Source.Commit);
    }

    [Fact]
    public async Task Republishing_the_same_model_changes_nothing()
    {
        using var feed = Open();
        var first = models.Create("salary-regression.2.7");
        await ModelPublisher.PublishAsync(feed, first.PackageFile, first.Provenance, default);
        var stored = Path.Combine(FeedFolder, "salary-regression", "2.7.0", "salary-regression.2.7.0.nupkg");
        var (bytesBefore, writtenBefore) = (File.ReadAllBytes(stored), File.GetLastWriteTimeUtc(stored));

        var again = models.Create("salary-regression.2.7");
        var publication = await ModelPublisher.PublishAsync(feed, again.PackageFile, again.Provenance, default);

        Assert.True(publication.AlreadyPublished);
        Assert.Equal(bytesBefore, File.ReadAllBytes(stored));
        Assert.Equal(writtenBefore, File.GetLastWriteTimeUtc(stored));
    }

    [Fact]
    public async Task Publishing_changed_data_under_the_same_versions_is_refused_with_the_bump_message()
    {
        using var feed = Open();
        var original = models.Create("salary-regression.2.7");
        await ModelPublisher.PublishAsync(feed, original.PackageFile, original.Provenance, default);

        var changed = models.Create("salary-regression.2.7", data: PackagedModels.OriginalData + "3,51000\n", commit: "fedcba9876543210fedcba9876543210fedcba98");
        var refusal = await Assert.ThrowsAsync<CakeException>(() => ModelPublisher.PublishAsync(feed, changed.PackageFile, changed.Provenance, default));

        Assert.Equal(2, refusal.ExitCode);
        Assert.StartsWith($"salary-regression.2.7 is already published in {FeedFolder} with different content:", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("data file data/SalaryData.csv: changed", refusal.Message, StringComparison.Ordinal);
        Assert.Contains($"commit: {PackagedModels.Commit} in the feed, fedcba9876543210fedcba9876543210fedcba98 now", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("Bump data.version (the data changed), or model.version, in build.properties", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(original.Provenance.Model.Sha256, (await feed.FindAsync(original.Identity, default))!.Provenance!.Model.Sha256);
    }

    [Fact]
    public async Task Two_versions_published_at_the_same_time_are_both_listed()
    {
        string[] identities = ["salary-regression.2.1", "salary-regression.2.2", "salary-regression.3.1"];
        var versions = identities.Select(identity => models.Create(identity)).ToList();

        await Task.WhenAll(versions.Select(model => Task.Run(async () =>
        {
            using var feed = Open();
            await ModelPublisher.PublishAsync(feed, model.PackageFile, model.Provenance, default);
        })));

        using var reader = Open();
        Assert.Equal(identities, (await reader.ListAsync("salary-regression", default)).Select(identity => identity.ToString()));
    }

    [Fact]
    public async Task Two_different_models_published_as_the_same_version_at_once_store_one_and_refuse_the_other()
    {
        var first = models.Create("salary-regression.2.7");
        var second = models.Create("salary-regression.2.7", data: "other data\n");

        var outcomes = await Task.WhenAll(new[] { first, second }.Select(model => Task.Run(async () =>
        {
            using var feed = Open();
            try
            {
                await ModelPublisher.PublishAsync(feed, model.PackageFile, model.Provenance, default);
                return model.Provenance.Model.Sha256;
            }
            catch (CakeException refused) when (refused.Message.Contains("already published", StringComparison.Ordinal))
            {
                return null;
            }
        })));

        using var reader = Open();
        var stored = (await reader.FindAsync(first.Identity, default))!.Provenance!.Model.Sha256;
        Assert.Single(outcomes, outcome => outcome is null);
        Assert.Equal(outcomes.Single(outcome => outcome is not null), stored);
    }

    [Fact]
    public async Task A_source_name_from_NuGet_Config_names_the_folder()
    {
        var named = work.Combine("team-models");
        work.Write("NuGet.Config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="team-models" value="{named}" />
              </packageSources>
            </configuration>
            """);
        var model = models.Create("salary-regression.2.7");
        using var feed = ModelFeeds.Open(RealContext.Create(), Settings("team-models"));

        await ModelPublisher.PublishAsync(feed, model.PackageFile, model.Provenance, default);

        Assert.Equal(named, feed.Location);
        Assert.True(File.Exists(Path.Combine(named, "salary-regression", "2.7.0", "salary-regression.2.7.0.nupkg")));
    }

    [Fact]
    public void A_feed_that_is_neither_a_url_a_source_nor_a_folder_is_a_configuration_error()
    {
        var error = Assert.Throws<CakeException>(() => ModelFeeds.Open(RealContext.Create(), Settings("nexsus")));

        Assert.Equal(2, error.ExitCode);
        Assert.StartsWith("--feed=nexsus is not a URL, not a source in NuGet.Config", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_flat_folder_of_packages_stays_flat()
    {
        var other = models.Create("other-model.1.1");
        Directory.CreateDirectory(FeedFolder);
        File.Copy(other.PackageFile, Path.Combine(FeedFolder, "other-model.1.1.0.nupkg"));
        var model = models.Create("salary-regression.2.7");
        using var feed = Open();

        await ModelPublisher.PublishAsync(feed, model.PackageFile, model.Provenance, default);

        Assert.True(File.Exists(Path.Combine(FeedFolder, "salary-regression.2.7.0.nupkg")));
        Assert.Equal(["salary-regression.2.7"], (await feed.ListAsync("salary-regression", default)).Select(identity => identity.ToString()));
        Assert.True((await ModelPublisher.PublishAsync(feed, model.PackageFile, model.Provenance, default)).AlreadyPublished);
    }

    [Fact]
    public async Task Resolving_a_version_that_is_not_published_says_which_versions_are()
    {
        var model = models.Create("salary-regression.2.7");
        using (var feed = Open())
        {
            await ModelPublisher.PublishAsync(feed, model.PackageFile, model.Provenance, default);
        }

        var resolver = ModelFeeds.CreateResolver(RealContext.Create(), FeedFolder);
        var error = await Assert.ThrowsAsync<CakeException>(() => resolver.ResolveAsync(new("salary-regression", 2, 8), work.Combine("resolved"), default));

        Assert.Equal(2, error.ExitCode);
        Assert.StartsWith($"salary-regression.2.8 is not published in {FeedFolder} (nuget feed; it has only 2.7).", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nuget")]
    [InlineData("maven")]
    public async Task Resolving_from_a_folder_that_does_not_exist_is_refused_saying_so(string feedType)
    {
        var missing = work.Combine("no-such-feed");

        var resolver = ModelFeeds.CreateResolver(RealContext.Create(), missing, feedType);
        var error = await Assert.ThrowsAsync<CakeException>(() => resolver.ResolveAsync(new("salary-regression", 2, 8), work.Combine("resolved"), default));

        Assert.Equal(2, error.ExitCode);
        Assert.True(error.Message.StartsWith($"salary-regression.2.8 is not published in {missing} ({feedType} feed; the folder does not exist).", StringComparison.Ordinal), error.Message);
        Assert.False(Directory.Exists(missing), "resolving creates no feed");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_feeds_sha512_is_the_packages_whether_Package_recorded_it_or_not(bool recorded)
    {
        var model = models.Create("salary-regression.2.7");
        if (!recorded)
        {
            File.Delete(model.PackageFile + ".sha512");
        }

        using (var feed = Open())
        {
            await ModelPublisher.PublishAsync(feed, model.PackageFile, model.Provenance, default);
        }

        var published = Path.Combine(FeedFolder, "salary-regression", "2.7.0", "salary-regression.2.7.0.nupkg");
        Assert.Equal(await File.ReadAllBytesAsync(model.PackageFile), await File.ReadAllBytesAsync(published));
        Assert.Equal(Convert.ToBase64String(System.Security.Cryptography.SHA512.HashData(await File.ReadAllBytesAsync(published))), await File.ReadAllTextAsync(published + ".sha512"));
    }

    [Fact]
    public async Task A_package_whose_model_was_altered_in_the_feed_does_not_resolve()
    {
        var model = models.Create("salary-regression.2.7");
        using (var feed = Open())
        {
            await ModelPublisher.PublishAsync(feed, model.PackageFile, model.Provenance, default);
        }

        using (var archive = ZipFile.Open(Path.Combine(FeedFolder, "salary-regression", "2.7.0", "salary-regression.2.7.0.nupkg"), ZipArchiveMode.Update))
        {
            archive.GetEntry("model/salary-regression.2.7.joblib")!.Delete();
            using var writer = new StreamWriter(archive.CreateEntry("model/salary-regression.2.7.joblib").Open());
            writer.Write("a different model");
        }

        var resolver = ModelFeeds.CreateResolver(RealContext.Create(), FeedFolder);
        var error = await Assert.ThrowsAsync<ModelFeedException>(() => resolver.ResolveAsync(model.Identity, work.Combine("resolved"), default));

        Assert.Contains("does not match its provenance", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(work.Combine("resolved", "salary-regression.2.7.joblib")));
    }

    public void Dispose()
    {
        models.Dispose();
        work.Dispose();
    }

    private IModelFeed Open() => ModelFeeds.Open(RealContext.Create(), Settings(FeedFolder));

    private FeedSettings Settings(string feed) => new() { Feed = feed, WorkingDirectory = work.Path, Retry = FastRetries.Policy() };
}
