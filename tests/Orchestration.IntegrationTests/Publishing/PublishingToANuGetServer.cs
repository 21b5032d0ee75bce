using Cake.Core;
using Orchestration.IntegrationTests.Support;
using Orchestration.Packaging;
using Orchestration.Publishing;

namespace Orchestration.IntegrationTests.Publishing;

public sealed class PublishingToANuGetServer : IDisposable
{
    private readonly NuGetTestServer server = new();
    private readonly PackagedModels models = new();
    private readonly TemporaryDirectory work = new("orchestration-nuget-http");

    [Fact]
    public async Task Publishing_sends_the_api_key_and_the_server_then_lists_and_serves_the_model()
    {
        var model = models.Create("salary-regression.2.7");
        using var feed = Open();

        var publication = await ModelPublisher.PublishAsync(feed, model.PackageFile, model.Provenance, default);
        var listed = await feed.ListAsync("salary-regression", default);
        var resolved = await ModelFeeds.CreateResolver(RealContext.Create(), Settings()).ResolveAsync(model.Identity, work.Combine("resolved"), default);

        Assert.Equal((false, "nuget", server.ServiceIndex), (publication.AlreadyPublished, publication.FeedType.Name(), publication.Feed));
        Assert.Contains($"PUT /api/v2/package/ key={NuGetTestServer.ApiKey}", server.Requests);
        Assert.Equal(["salary-regression.2.7"], listed.Select(identity => identity.ToString()));
        Assert.Equal(model.ModelContent, await File.ReadAllTextAsync(resolved.ModelFile));
    }

    [Fact]
    public async Task Republishing_the_same_model_uploads_nothing()
    {
        using var feed = Open();
        var first = models.Create("salary-regression.2.7");
        await ModelPublisher.PublishAsync(feed, first.PackageFile, first.Provenance, default);

        var again = models.Create("salary-regression.2.7");
        var publication = await ModelPublisher.PublishAsync(feed, again.PackageFile, again.Provenance, default);

        Assert.True(publication.AlreadyPublished);
        Assert.Equal(1, server.Publishes);
    }

    [Fact]
    public async Task A_conflict_for_a_version_published_meanwhile_with_other_content_gives_the_bump_message()
    {
        var theirs = models.Create("salary-regression.2.7", data: "their data\n");
        var ours = models.Create("salary-regression.2.7");
        server.PublishMeanwhile(theirs.PackageFile);
        using var feed = Open();

        var refusal = await Assert.ThrowsAsync<CakeException>(() => ModelPublisher.PublishAsync(feed, ours.PackageFile, ours.Provenance, default));

        Assert.Equal(2, refusal.ExitCode);
        Assert.StartsWith($"salary-regression.2.7 is already published in {server.ServiceIndex} with different content:", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.Publishes);
    }

    [Fact]
    public async Task A_conflict_for_the_same_model_published_meanwhile_is_already_published()
    {
        var model = models.Create("salary-regression.2.7");
        server.PublishMeanwhile(models.Create("salary-regression.2.7").PackageFile);
        using var feed = Open();

        var publication = await ModelPublisher.PublishAsync(feed, model.PackageFile, model.Provenance, default);

        Assert.True(publication.AlreadyPublished);
    }

    [Fact]
    public async Task A_wrong_api_key_fails_with_authentication_failed_for_the_feed_without_echoing_the_key()
    {
        var model = models.Create("salary-regression.2.7");
        using var feed = Open(Settings() with { ApiKey = "wrong-api-key-9876" });

        var error = await Assert.ThrowsAsync<CakeException>(() => ModelPublisher.PublishAsync(feed, model.PackageFile, model.Provenance, default));

        Assert.Equal(2, error.ExitCode);
        Assert.StartsWith($"Authentication failed for {server.ServiceIndex}: PUT {server.BaseUrl}api/v2/package answered 401 Unauthorized.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Check MODEL_FEED_API_KEY", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-api-key-9876", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.Publishes);
    }

    [Fact]
    public async Task Server_errors_are_retried_then_the_push_succeeds()
    {
        server.FailNextPublishes(2);
        var model = models.Create("salary-regression.2.7");
        using var feed = Open(Settings() with { Retry = FastRetries.Policy(attempts: 3) });

        var publication = await ModelPublisher.PublishAsync(feed, model.PackageFile, model.Provenance, default);

        Assert.False(publication.AlreadyPublished);
        Assert.Equal(3, server.Publishes);
        Assert.Equal(["salary-regression.2.7"], (await feed.ListAsync("salary-regression", default)).Select(identity => identity.ToString()));
    }

    [Fact]
    public async Task A_server_that_keeps_failing_is_reported_with_the_url_and_status_after_the_retries()
    {
        server.FailNextPublishes(int.MaxValue);
        var model = models.Create("salary-regression.2.7");
        using var feed = Open(Settings() with { Retry = FastRetries.Policy(attempts: 3) });

        var error = await Assert.ThrowsAsync<ModelFeedException>(() => ModelPublisher.PublishAsync(feed, model.PackageFile, model.Provenance, default));

        Assert.StartsWith($"{server.ServiceIndex} did not answer PUT {server.BaseUrl}api/v2/package after 3 attempts; last: 503 ServiceUnavailable.", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, server.Publishes);
    }

    [Fact]
    public async Task A_source_in_NuGet_Config_brings_its_credentials()
    {
        server.RequiredLogin = ("reader", "config-password-4321");
        work.Write("NuGet.Config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="team-models" value="{server.ServiceIndex}" allowInsecureConnections="true" />
              </packageSources>
              <packageSourceCredentials>
                <team-models>
                  <add key="Username" value="reader" />
                  <add key="ClearTextPassword" value="config-password-4321" />
                </team-models>
              </packageSourceCredentials>
            </configuration>
            """);
        var model = models.Create("salary-regression.2.7");
        using var feed = Open(Settings() with { Feed = "team-models" });

        var publication = await ModelPublisher.PublishAsync(feed, model.PackageFile, model.Provenance, default);

        Assert.False(publication.AlreadyPublished);
        Assert.Equal(["salary-regression.2.7"], (await feed.ListAsync("salary-regression", default)).Select(identity => identity.ToString()));
    }

    public void Dispose()
    {
        server.Dispose();
        models.Dispose();
        work.Dispose();
    }

    private IModelFeed Open(FeedSettings? settings = null) => ModelFeeds.Open(RealContext.Create(), settings ?? Settings());

    private FeedSettings Settings() => new()
    {
        Feed = server.ServiceIndex,
        ApiKey = NuGetTestServer.ApiKey,
        WorkingDirectory = work.Path,
        Retry = FastRetries.Policy(),
    };
}
