using NuGet.Common;
using NuGet.Protocol;

namespace Orchestration.Publishing.NuGetFeeds;

/// <summary>
/// NuGet's HTTP layer, making each request once: this stage retries with its own policy (so the
/// delays are one place to configure, and tests need not wait out NuGet's).
/// </summary>
internal sealed class SingleAttemptRetryHandler : IHttpRetryHandler
{
    private readonly HttpRetryHandler inner = new();

    public Task<HttpResponseMessage> SendAsync(HttpRetryHandlerRequest request, ILogger log, CancellationToken cancellationToken) =>
        SendAsync(request, string.Empty, log, cancellationToken);

    public Task<HttpResponseMessage> SendAsync(HttpRetryHandlerRequest request, string source, ILogger log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.MaxTries = 1;
        return inner.SendAsync(request, source, log, cancellationToken);
    }
}
