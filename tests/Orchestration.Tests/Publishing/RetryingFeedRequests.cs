using System.Net;
using Cake.Core;
using Orchestration.Publishing;
using Orchestration.Publishing.Http;
using Orchestration.Tests.Fakes;
using Orchestration.Tooling;

namespace Orchestration.Tests.Publishing;

public sealed class RetryingFeedRequests
{
    private const string Feed = "https://nexus.example.com/repository/models/";
    private const string Url = Feed + "models/salary-regression/maven-metadata.xml";

    private readonly List<TimeSpan> waits = [];
    private readonly RecordingLog log = new();
    private int attempts;

    [Fact]
    public async Task A_server_error_is_retried_after_doubling_delays_until_it_succeeds()
    {
        var result = await Runner().RunAsync("GET", Url, _ => Answer(HttpStatusCode.ServiceUnavailable, HttpStatusCode.BadGateway, null), default);

        Assert.Equal("ok", result);
        Assert.Equal(3, attempts);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], waits);
        Assert.Contains($"GET {Url}: 503 ServiceUnavailable; retrying in 1 s (attempt 2 of 4).", log.Lines);
    }

    [Fact]
    public async Task A_request_that_got_no_answer_is_retried()
    {
        var result = await Runner().RunAsync(
            "GET",
            Url,
            _ => ++attempts == 1 ? throw new HttpRequestException("Connection refused") : Task.FromResult("ok"),
            default);

        Assert.Equal(("ok", 2), (result, attempts));
    }

    [Fact]
    public async Task A_failure_that_persists_is_reported_with_the_feed_the_url_the_status_and_the_attempts()
    {
        var error = await Assert.ThrowsAsync<ModelFeedException>(() => Runner().RunAsync("PUT", Url, _ => Answer(HttpStatusCode.InternalServerError, HttpStatusCode.InternalServerError, HttpStatusCode.InternalServerError, HttpStatusCode.GatewayTimeout), default));

        Assert.StartsWith($"{Feed} did not answer PUT {Url} after 4 attempts; last: 504 GatewayTimeout.", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, attempts);
    }

    [Fact]
    public async Task An_authentication_failure_is_not_retried_and_shows_no_credentials()
    {
        SecretMasker.Add("hunter2-password");

        var error = await Assert.ThrowsAsync<CakeException>(() => Runner().RunAsync("PUT", Url, _ => Task.FromException<string>(new HttpRequestException("401 Unauthorized: bad password hunter2-password", null, HttpStatusCode.Unauthorized)), default));

        Assert.Equal(2, error.ExitCode);
        Assert.Equal($"Authentication failed for {Feed}: PUT {Url} answered 401 Unauthorized: bad password ***. Check the credentials.", error.Message);
        Assert.Empty(waits);
    }

    [Fact]
    public async Task A_refusal_is_reported_at_once()
    {
        var error = await Assert.ThrowsAsync<ModelFeedException>(() => Runner().RunAsync("PUT", Url, _ => Answer(HttpStatusCode.BadRequest), default));

        Assert.Equal($"{Feed} refused PUT {Url}: 400 BadRequest.", error.Message);
        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task A_cancelled_request_is_not_retried()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Runner().RunAsync("GET", Url, token => Task.FromException<string>(new TaskCanceledException(null, null, token)), cancellation.Token));

        Assert.Empty(waits);
    }

    private FeedRequestRunner Runner() => new(
        Feed,
        new RetryPolicy
        {
            FirstDelay = TimeSpan.FromSeconds(1),
            Wait = (delay, _) =>
            {
                waits.Add(delay);
                return Task.CompletedTask;
            },
        },
        log,
        "Check the credentials.");

    /// <summary>Fails with the given statuses in turn (null: succeeds).</summary>
    private Task<string> Answer(params HttpStatusCode?[] statuses)
    {
        var status = statuses[Math.Min(attempts++, statuses.Length - 1)];
        return status is { } failure
            ? Task.FromException<string>(new HttpRequestException($"Response status code does not indicate success: {(int)failure}.", null, failure))
            : Task.FromResult("ok");
    }
}
