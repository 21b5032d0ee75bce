using Newtonsoft.Json.Linq;
using NuGet.Protocol;
using NuGet.Protocol.Core.Types;

namespace Orchestration.Publishing.NuGetFeeds;

/// <summary>
/// Reads a server's service index with one request (NuGet's own provider tries three times, inside each of this
/// stage's attempts) within <c>--feed-timeout</c>, and keeps it for the feed's lifetime once read.
/// </summary>
internal sealed class SingleRequestServiceIndexProvider(TimeSpan timeout) : ResourceProvider(
    typeof(ServiceIndexResourceV3), nameof(SingleRequestServiceIndexProvider), NuGetResourceProviderPositions.First)
{
    private ServiceIndexResourceV3? index;

    public override async Task<Tuple<bool, INuGetResource?>> TryCreate(SourceRepository source, CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!source.PackageSource.IsHttp)
        {
            return new(false, null);
        }

        if (index is null)
        {
            var http = await source.GetResourceAsync<HttpSourceResource>(token).ConfigureAwait(false)
                ?? throw new ModelFeedException($"{source.PackageSource.Source}: NuGet offers no HTTP access to this source.");
            using var cache = new SourceCacheContext { NoCache = true, DirectDownload = true };
            var url = source.PackageSource.Source;
            index = await http.HttpSource.GetAsync(
                new HttpSourceCachedRequest(url, "service_index", HttpSourceCacheContext.Create(cache, isFirstAttempt: true))
                {
                    MaxTries = 1,
                    IsLastAttempt = true,
                    RequestTimeout = timeout,
                    DownloadTimeout = timeout,
                },
                async result =>
                {
                    using var reader = new StreamReader(result.Stream ?? throw new ModelFeedException($"{url} answered without a service index."));
                    return Parse(url, JObject.Parse(await reader.ReadToEndAsync(token).ConfigureAwait(false)));
                },
                NuGet.Common.NullLogger.Instance,
                token).ConfigureAwait(false);
        }

        return new(true, index);
    }

    private static ServiceIndexResourceV3 Parse(string url, JObject json) =>
        json.Value<string>("version") is { } version && version.StartsWith("3.", StringComparison.Ordinal)
            ? new ServiceIndexResourceV3(json, DateTime.UtcNow)
            : throw new ModelFeedException($"{url} is not a NuGet v3 service index (its \"version\" is not 3.x).");
}
