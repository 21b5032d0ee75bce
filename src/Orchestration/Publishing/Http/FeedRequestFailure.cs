using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Orchestration.Publishing.Http;

/// <summary>Why a request to a feed failed: an HTTP status, or no answer at all (network error, timeout).</summary>
internal sealed partial record FeedRequestFailure(HttpStatusCode? Status, string Description)
{
    public bool IsAuthentication => Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;

    public bool IsConflict => Status is HttpStatusCode.Conflict;

    public bool IsTransient => Status is null or HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)Status >= 500;

    /// <summary>The failure a request's exception stands for, or null when it is not a request failure (or the caller cancelled).</summary>
    public static FeedRequestFailure? From(Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        var chain = Chain(exception).ToList();
        foreach (var inner in chain)
        {
            if (inner is HttpRequestException { StatusCode: { } status } http)
            {
                return new FeedRequestFailure(status, Describe(status, http.Message));
            }

            // NuGet.Protocol wraps some answers in its own exceptions with only the text of the status.
            if (StatusInText().Match(inner.Message) is { Success: true } match)
            {
                var code = (HttpStatusCode)int.Parse(match.Groups["code"].Value, CultureInfo.InvariantCulture);
                return new FeedRequestFailure(code, Describe(code, inner.Message));
            }
        }

        var network = chain.FirstOrDefault(inner => inner is HttpRequestException or IOException or SocketException or TimeoutException or TaskCanceledException);
        return network is null ? null : new FeedRequestFailure(null, "no answer (" + chain[^1].Message.TrimEnd('.') + ")");
    }

    /// <summary>The answer's own words when they start with the code (our transports' messages), else the code and its name.</summary>
    private static string Describe(HttpStatusCode status, string message)
    {
        var code = ((int)status).ToString(CultureInfo.InvariantCulture);
        return message.StartsWith(code + " ", StringComparison.Ordinal) ? message : $"{code} {status}";
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
            if (current is AggregateException aggregate && aggregate.InnerExceptions.Count > 1)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                {
                    yield return inner;
                }
            }
        }
    }

    [GeneratedRegex(@"status code does not indicate success: (?<code>\d{3})")]
    private static partial Regex StatusInText();
}
