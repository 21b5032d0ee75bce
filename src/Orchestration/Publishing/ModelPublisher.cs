using Orchestration.Configuration;
using Orchestration.Packaging;
using Orchestration.Pipeline;

namespace Orchestration.Publishing;

/// <summary>
/// Publishes a model package, never changing a published version: absent, it is uploaded; present
/// with the same provenance, nothing happens; present with different content, publishing fails
/// and says which version to bump.
/// </summary>
public static class ModelPublisher
{
    public static async Task<PublicationRecord> PublishAsync(IModelFeed feed, string packageFile, Provenance provenance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(provenance);
        var identity = ModelIdentity.Parse(provenance.Identity);
        var published = await feed.FindAsync(identity, cancellationToken).ConfigureAwait(false);
        if (published is null)
        {
            try
            {
                await feed.UploadAsync(identity, packageFile, provenance, cancellationToken).ConfigureAwait(false);
                return Record(feed, provenance, alreadyPublished: false);
            }
            catch (PackageAlreadyExistsException)
            {
                // Published by someone else between the look-up and the upload: compare with theirs.
                published = await feed.FindAsync(identity, cancellationToken).ConfigureAwait(false)
                    ?? throw new ModelFeedException($"{feed.Location} refused {identity} as already published, yet does not list it. Look at the feed, then publish again.");
            }
        }

        var differences = ProvenanceComparison.Differences(published.Provenance, provenance);
        if (differences.Count > 0)
        {
            throw VersionConflict.Create(identity, feed.Location, differences, ProvenanceComparison.DataDiffers(published.Provenance, provenance));
        }

        return Record(feed, provenance, alreadyPublished: true);
    }

    private static PublicationRecord Record(IModelFeed feed, Provenance provenance, bool alreadyPublished) => new()
    {
        Identity = provenance.Identity,
        Feed = feed.Location,
        FeedType = feed.Type.Name(),
        AlreadyPublished = alreadyPublished,
        ModelSha256 = provenance.Model.Sha256,
        PublishedAt = DateTimeOffset.UtcNow,
    };
}
