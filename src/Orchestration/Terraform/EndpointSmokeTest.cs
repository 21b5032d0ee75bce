using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Cake.Core.Diagnostics;

namespace Orchestration.Terraform;

/// <summary>
/// Calls a freshly deployed model: <c>GET /ping</c> until it answers 200 (a container needs a while to
/// start), then one <c>POST /invocations</c> with a known input, expecting one number per input.
/// </summary>
internal sealed class EndpointSmokeTest(ICakeLog log, TimeSpan readyTimeout)
{
    public const string Request = """{"years_of_experience": [1.5, 10]}""";
    private const int ExpectedPredictions = 2;
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(5);

    /// <summary>Why an endpoint cannot be called directly, or null when it can.</summary>
    public static string? CannotCall(string endpointUrl) =>
        Uri.TryCreate(endpointUrl, UriKind.Absolute, out var uri) && uri.Host.StartsWith("runtime.sagemaker.", StringComparison.OrdinalIgnoreCase)
            ? "a SageMaker runtime endpoint only answers SigV4-signed requests"
            : null;

    public async Task RunAsync(string endpointUrl, CancellationToken cancellationToken = default)
    {
        if (!Uri.TryCreate(endpointUrl.TrimEnd('/') + "/", UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("http" or "https"))
        {
            throw new SmokeTestFailedException($"The endpoint_url output '{endpointUrl}' is not an http(s) URL.");
        }

        // A proxy from the environment must not stand between the build and a model on this machine.
        using var handler = new HttpClientHandler { UseProxy = !baseUri.IsLoopback };
        using var client = new HttpClient(handler) { Timeout = RequestTimeout };
        await WaitForPingAsync(client, new Uri(baseUri, "ping"), cancellationToken).ConfigureAwait(false);
        await InvokeAsync(client, new Uri(baseUri, "invocations"), cancellationToken).ConfigureAwait(false);
    }

    private async Task WaitForPingAsync(HttpClient client, Uri ping, CancellationToken cancellationToken)
    {
        log.Information("Smoke test: GET {0} (waiting up to {1}s for 200)", ping, (int)readyTimeout.TotalSeconds);
        var clock = Stopwatch.StartNew();
        var pause = TimeSpan.FromMilliseconds(250);
        string last;
        while (true)
        {
            try
            {
                using var response = await client.GetAsync(ping, cancellationToken).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    log.Information("Smoke test: /ping answered 200 after {0:0.0}s", clock.Elapsed.TotalSeconds);
                    return;
                }

                last = $"HTTP {(int)response.StatusCode}";
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                last = exception.Message;
            }

            if (clock.Elapsed + pause > readyTimeout)
            {
                throw new SmokeTestFailedException(
                    $"Smoke test failed: GET {ping} did not answer 200 within {(int)readyTimeout.TotalSeconds}s (last: {last}). "
                    + "Check the endpoint's logs (for the local environment: docker logs <model>-local); raise --smoke-test-timeout if it only starts slowly.");
            }

            await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
        }
    }

    private async Task InvokeAsync(HttpClient client, Uri invocations, CancellationToken cancellationToken)
    {
        log.Information("Smoke test: POST {0} {1}", invocations, Request);
        using var content = new StringContent(Request, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(invocations, content, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var predictions = response.StatusCode == HttpStatusCode.OK ? Predictions(body) : null;
        if (predictions is null)
        {
            throw new SmokeTestFailedException(
                $"Smoke test failed: POST {invocations} with {Request} answered HTTP {(int)response.StatusCode} {Excerpt(body)}; "
                + $"expected 200 and {{\"predictions\": [{ExpectedPredictions} numbers]}}.");
        }

        log.Information("Smoke test passed: predictions {0}", string.Join(", ", predictions));
    }

    private static List<double>? Predictions(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("predictions", out var predictions)
                || predictions.ValueKind != JsonValueKind.Array
                || predictions.GetArrayLength() != ExpectedPredictions
                || predictions.EnumerateArray().Any(p => p.ValueKind != JsonValueKind.Number))
            {
                return null;
            }

            var values = predictions.EnumerateArray().Select(p => p.GetDouble()).ToList();
            return values.All(double.IsFinite) ? values : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Excerpt(string body)
    {
        var oneLine = body.ReplaceLineEndings(" ").Trim();
        return oneLine.Length <= 300 ? $"'{oneLine}'" : $"'{oneLine[..300]}...'";
    }
}
