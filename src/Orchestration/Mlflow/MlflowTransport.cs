using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Cake.Core.Diagnostics;
using Orchestration.Tooling;

namespace Orchestration.Mlflow;

/// <summary>
/// Sends one request to the tracking server: a timeout per attempt, transient failures (no answer,
/// timeouts, 408, 429, 5xx) retried with backoff, then an <see cref="MlflowException"/> naming the
/// server, the request and the last status. Other refusals are reported at once with MLflow's error.
/// </summary>
internal sealed class MlflowTransport : IDisposable
{
    private readonly HttpClient client;
    private readonly MlflowConnection connection;
    private readonly ICakeLog log;

    public MlflowTransport(MlflowConnection connection, ICakeLog log, HttpMessageHandler? handler = null)
    {
        this.connection = connection;
        this.log = log;
        client = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: true);
        client.Timeout = Timeout.InfiniteTimeSpan;
    }

    /// <summary>The answer's status and body; a 2xx, or a 4xx when <paramref name="accept"/> says it is expected.</summary>
    public async Task<(HttpStatusCode Status, string Body)> SendAsync(
        HttpMethod method, Uri url, Func<HttpContent?> content, Func<HttpStatusCode, string, bool> accept, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(accept);
        var shown = $"{method} {url.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped)}";
        for (var attempt = 1; ; attempt++)
        {
            string failure;
            HttpStatusCode? status = null;
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(connection.RequestTimeout);
                using var request = new HttpRequestMessage(method, url) { Content = content() };
                connection.Credentials.Apply(request.Headers);
                using var response = await client.SendAsync(request, timeout.Token).ConfigureAwait(false);
                var body = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
                if (response.IsSuccessStatusCode || accept(response.StatusCode, body))
                {
                    return (response.StatusCode, body);
                }

                status = response.StatusCode;
                failure = Describe(response.StatusCode, body, out var errorCode);
                if (!IsTransient(response.StatusCode))
                {
                    throw new MlflowException(SecretMasker.Mask($"The MLflow server refused {shown}: {failure}.{Hint(response.StatusCode)}"))
                    {
                        Status = response.StatusCode,
                        ErrorCode = errorCode,
                    };
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or IOException or SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                failure = exception is OperationCanceledException
                    ? $"no answer within {connection.RequestTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s"
                    : "no answer (" + Innermost(exception).Message.TrimEnd('.') + ")";
            }

            if (attempt >= connection.Retry.MaxAttempts)
            {
                throw new MlflowException(SecretMasker.Mask(
                    $"The MLflow server at {connection.Display} did not answer {shown} after {attempt} attempt(s); last: {failure}. " +
                    "Check that the tracking server is up and reachable from here (--mlflow-tracking-uri / MLFLOW_TRACKING_URI)."))
                {
                    Status = status,
                };
            }

            var delay = connection.Retry.DelayAfter(attempt);
            log.Warning(
                "{0}: {1}; retrying in {2} s (attempt {3} of {4}).",
                SecretMasker.Mask(shown),
                SecretMasker.Mask(failure),
                delay.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture),
                attempt + 1,
                connection.Retry.MaxAttempts);
            await connection.Retry.Wait(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose() => client.Dispose();

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    private string Hint(HttpStatusCode status) => status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
        ? $" The build authenticated with {connection.Credentials.Description}; set {MlflowCredentials.TokenVariable} or {MlflowCredentials.UsernameVariable}/{MlflowCredentials.PasswordVariable} in the environment."
        : string.Empty;

    /// <summary>"400 Bad Request (INVALID_PARAMETER_VALUE: message)" from MLflow's JSON error body when there is one.</summary>
    private static string Describe(HttpStatusCode status, string body, out string? errorCode)
    {
        errorCode = null;
        var text = $"{(int)status} {status}";
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                errorCode = document.RootElement.TryGetProperty("error_code", out var code) ? code.GetString() : null;
                var message = document.RootElement.TryGetProperty("message", out var m) ? m.GetString() : null;
                return errorCode is null && message is null ? text : $"{text} ({errorCode}: {message})";
            }
        }
        catch (JsonException)
        {
        }

        var snippet = body.Trim();
        return snippet.Length == 0 ? text : $"{text} ({(snippet.Length > 300 ? snippet[..300] + "…" : snippet)})";
    }

    private static Exception Innermost(Exception exception)
    {
        while (exception.InnerException is not null)
        {
            exception = exception.InnerException;
        }

        return exception;
    }
}
