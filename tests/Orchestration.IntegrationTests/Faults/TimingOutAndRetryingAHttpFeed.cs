using Orchestration.IntegrationTests.Publishing;
using Orchestration.IntegrationTests.Support;
using Orchestration.Publishing;

namespace Orchestration.IntegrationTests.Faults;

/// <summary>
/// Fault: NuGet over HTTP ignored --feed-timeout (against a server that never answers, `--feed-timeout=3` spent
/// about 10 minutes in its first attempt: NuGet's own 100 s, three times for the service index), and against a
/// server answering 500, "after 4 attempts" was 24 requests. Now every request waits at most --feed-timeout, and
/// one attempt is one request.
/// </summary>
public sealed class TimingOutAndRetryingAHttpFeed : IDisposable
{
    private readonly PackagedModels models = new();
    private readonly TemporaryDirectory work = new("orchestration-http-feed");

    [Fact]
    public async Task A_feed_that_never_answers_is_given_up_after_the_timeout_once_per_attempt()
    {
        using var server = MisbehavingHttpFeed.Hanging();

        var error = await PublishAsync(server, attempts: 2, timeout: TimeSpan.FromSeconds(2));

        Assert.Equal(["GET /v3/index.json", "GET /v3/index.json"], server.Requests);
        Assert.Contains($"did not answer GET {server.BaseUrl}v3/index.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("after 2 attempts; last: no answer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feed_answering_500_gets_one_request_per_attempt_and_the_report_says_how_many()
    {
        using var server = MisbehavingHttpFeed.Failing();

        var error = await PublishAsync(server, attempts: 4, timeout: TimeSpan.FromSeconds(30));

        Assert.Equal(4, server.Requests.Count);
        Assert.All(server.Requests, request => Assert.Equal("GET /v3/index.json", request));
        Assert.Contains("after 4 attempts; last: 500", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        models.Dispose();
        work.Dispose();
    }

    private async Task<ModelFeedException> PublishAsync(MisbehavingHttpFeed server, int attempts, TimeSpan timeout)
    {
        var model = models.Create("salary-regression.1.1");
        var settings = new FeedSettings
        {
            Feed = server.BaseUrl + "v3/index.json",
            WorkingDirectory = work.Path,
            RequestTimeout = timeout,
            Retry = FastRetries.Policy(attempts),
        };
        using var feed = ModelFeeds.Open(RealContext.Create(), settings);
        return await Assert.ThrowsAsync<ModelFeedException>(() => ModelPublisher.PublishAsync(feed, model.PackageFile, model.Provenance, default));
    }
}
