using NuGet.Common;
using NuGet.Protocol;

namespace Orchestration.Publishing.NuGetFeeds;

/// <summary>
/// NuGet's HTTP layer, making each request once and waiting at most <c>--feed-timeout</c> for it (NuGet's own
/// default is 100 s): this stage retries with its own policy, so one attempt is one request per resource and the
/// delays are one place to configure.
/// </summary>
internal sealed class SingleAttemptRetryHandler(TimeSpan timeout) : IHttpRetryHandler
{
    private readonly HttpRetryHandler inner = new();

    public Task<HttpResponseMessage> SendAsync(HttpRetryHandlerRequest request, ILogger log, CancellationToken cancellationToken) =>
        SendAsync(request, string.Empty, log, cancellationToken);

    public Task<HttpResponseMessage> SendAsync(HttpRetryHandlerRequest request, string source, ILogger log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.MaxTries = 1;
        request.RequestTimeout = timeout;
        request.DownloadTimeout = timeout;
        return inner.SendAsync(request, source, log, cancellationToken);
    }
}
