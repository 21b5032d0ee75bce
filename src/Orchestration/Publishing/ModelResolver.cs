using Orchestration.Configuration;
using Orchestration.Pipeline;

namespace Orchestration.Publishing;

/// <summary>Downloads <c>name@dataVersion.modelVersion</c> from a feed into a folder and verifies the model against its provenance.</summary>
internal sealed class ModelResolver(IModelFeed feed) : IModelResolver, IDisposable
{
    /// <summary>The feed it downloads from (disposed with the resolver).</summary>
    public IModelFeed Feed => feed;

    public async Task<ResolvedModel> ResolveAsync(ModelIdentity identity, string destinationDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        Directory.CreateDirectory(destinationDirectory);
        var download = Path.Combine(destinationDirectory, $".{identity}.{Guid.NewGuid():N}.download");
        try
        {
            if (!await feed.DownloadAsync(identity, download, cancellationToken).ConfigureAwait(false))
            {
                var published = await feed.ListAsync(identity.Name, cancellationToken).ConfigureAwait(false);
                var there = FeedHoldings.Describe(feed, identity.Name, published);
                throw ConfigurationError.Create(
                    $"{identity} is not published in {feed.Location} ({feed.Type.Name()} feed; {there}). Publish it first (--target=Publish), or check --feed and --feed-type.");
            }

            return PackageContents.Extract(download, destinationDirectory, feed.Location);
        }
        finally
        {
            File.Delete(download);
        }
    }

    public void Dispose() => feed.Dispose();
}
