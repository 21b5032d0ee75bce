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
            catch (PackageAlreadyExistsException refused)
            {
                // Published by someone else between the look-up and the upload: compare with theirs.
                published = await feed.FindAsync(identity, cancellationToken).ConfigureAwait(false)
                    ?? NotListedYet(feed, identity, provenance, refused);
            }
        }

        var differences = ProvenanceComparison.Differences(published.Provenance, provenance);
        if (differences.Count > 0)
        {
            throw VersionConflict.Create(identity, feed.Location, differences, ProvenanceComparison.DataDiffers(published.Provenance, provenance));
        }

        return Record(feed, provenance, alreadyPublished: true);
    }

    /// <summary>
    /// Another publisher holds the version's files but has not listed it (still uploading, or stopped half-way):
    /// different content is a conflict now; the same content is not published until it is listed, so it is no success either.
    /// </summary>
    private static PublishedVersion NotListedYet(IModelFeed feed, ModelIdentity identity, Provenance provenance, PackageAlreadyExistsException refused)
    {
        if (refused.Existing is { } theirs && ProvenanceComparison.Differences(theirs, provenance) is { Count: > 0 } differences)
        {
            throw VersionConflict.Create(identity, feed.Location, differences, ProvenanceComparison.DataDiffers(theirs, provenance));
        }

        throw new ModelFeedException(
            $"{feed.Location} refused {identity}: {refused.Message} The version is not listed yet: another build is publishing it, " +
            "or a publish of it was stopped half-way. Publish again once that build has finished; if none is running, remove the version's files from the feed.",
            refused);
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
