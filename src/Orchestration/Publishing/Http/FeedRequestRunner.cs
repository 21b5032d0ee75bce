using System.Globalization;
using Cake.Core.Diagnostics;
using Orchestration.Pipeline;
using Orchestration.Tooling;

namespace Orchestration.Publishing.Http;

/// <summary>
/// Runs one request to a feed: retries transient failures with backoff, then reports the feed, the
/// URL and the status. Authentication failures are reported at once, never with the credentials.
/// </summary>
internal sealed class FeedRequestRunner(string feed, RetryPolicy policy, ICakeLog log, string credentialsHint)
{
    public async Task<T> RunAsync<T>(string method, string url, Func<CancellationToken, Task<T>> request, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            FeedRequestFailure failure;
            try
            {
                return await request(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not (PackageAlreadyExistsException or MavenFeeds.FileAlreadyThereException) && FeedRequestFailure.From(exception, cancellationToken) is { } known)
            {
                failure = known;
                if (failure.IsAuthentication)
                {
                    throw ConfigurationError.Create(SecretMasker.Mask(
                        $"Authentication failed for {feed}: {method} {url} answered {failure.Description}. {credentialsHint}"));
                }

                if (!failure.IsTransient)
                {
                    throw new ModelFeedException(SecretMasker.Mask($"{feed} refused {method} {url}: {failure.Description}."), exception);
                }

                if (attempt >= policy.MaxAttempts)
                {
                    throw new ModelFeedException(
                        SecretMasker.Mask(
                            $"{feed} did not answer {method} {url} after {attempt} attempts; last: {failure.Description}. " +
                            "Check that the feed is up and reachable from here, then publish again (a version is listed only once its upload is complete)."),
                        exception);
                }
            }

            var delay = policy.DelayAfter(attempt);
            log.Warning(
                "{0} {1}: {2}; retrying in {3} s (attempt {4} of {5}).",
                method,
                url,
                SecretMasker.Mask(failure.Description),
                delay.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture),
                attempt + 1,
                policy.MaxAttempts);
            await policy.Wait(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task RunAsync(string method, string url, Func<CancellationToken, Task> request, CancellationToken cancellationToken) =>
        RunAsync(
            method,
            url,
            async token =>
            {
                await request(token).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
}
