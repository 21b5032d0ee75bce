using Orchestration.Configuration;
using Orchestration.Packaging;
using Orchestration.Pipeline;

namespace Orchestration.Publishing;

/// <summary>
/// Publishes a model package, never changing a published version: absent, it is uploaded; present
/// with the same inputs fingerprint and model, nothing happens (whatever the commit); present with
/// different inputs or another model, publishing fails, says which inputs differ and which version to bump.
/// </summary>
public static class ModelPublisher
{
    public static async Task<PublicationRecord> PublishAsync(IModelFeed feed, string packageFile, Provenance provenance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(provenance);
        var identity = provenance.Identity;
        var published = await feed.FindAsync(identity, cancellationToken).ConfigureAwait(false);
        if (published is null)
        {
            try
            {
                await feed.UploadAsync(identity, packageFile, provenance, cancellationToken).ConfigureAwait(false);
                return Record(feed, provenance, published: null);
            }
            catch (PackageAlreadyExistsException refused)
            {
                // Published by someone else between the look-up and the upload: compare with theirs.
                published = await feed.FindAsync(identity, cancellationToken).ConfigureAwait(false)
                    ?? NotListedYet(feed, identity, provenance, refused);
            }
        }

        Compare(feed, identity, published.Provenance, provenance);
        return Record(feed, provenance, published.Provenance);
    }

    /// <summary>
    /// Another publisher holds the version's files but has not listed it (still uploading, or stopped half-way):
    /// different content is a conflict now; the same content is not published until it is listed, so it is no success either.
    /// </summary>
    private static PublishedVersion NotListedYet(IModelFeed feed, ModelIdentity identity, Provenance provenance, PackageAlreadyExistsException refused)
    {
        if (refused.Existing is { } theirs)
        {
            Compare(feed, identity, theirs, provenance);
        }

        throw new ModelFeedException(
            $"{feed.Location} refused {identity}: {refused.Message} The version is not listed yet: another build is publishing it, " +
            "or a publish of it was stopped half-way. Publish again once that build has finished; if none is running, remove the version's files from the feed.",
            refused);
    }

    /// <summary>Throws when the published package is not the same model from the same inputs; returns when it is.</summary>
    private static void Compare(IModelFeed feed, ModelIdentity identity, Provenance? published, Provenance provenance)
    {
        if (InputsComparison.Applies(published, provenance))
        {
            CompareInputs(feed, identity, published!, provenance);
            return;
        }

        // A package from before inputs fingerprints: compare commit, data, parameters and model.
        var differences = ProvenanceComparison.Differences(published, provenance);
        if (differences.Count > 0)
        {
            throw VersionConflict.Create(identity, feed.Location, differences, ProvenanceComparison.DataDiffers(published, provenance));
        }
    }

    private static void CompareInputs(IModelFeed feed, ModelIdentity identity, Provenance published, Provenance provenance)
    {
        var inputs = (Published: published.Inputs!, Now: provenance.Inputs!);
        if (inputs.Published.Sha256 != inputs.Now.Sha256)
        {
            var differences = InputsComparison.Differences(published, provenance);
            throw VersionConflict.Create(
                identity,
                feed.Location,
                $"different inputs (fingerprint {inputs.Published.ShortSha256} in the feed, {inputs.Now.ShortSha256} now)",
                [.. differences.Select(difference => difference.ToString())],
                InputsComparison.DataDiffers(differences, published, provenance));
        }

        if (!string.Equals(published.Model.Sha256, provenance.Model.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw VersionConflict.NotReproducible(identity, feed.Location, inputs.Now.ShortSha256, published, provenance);
        }
    }

    /// <param name="published">The provenance of the identical package already in the feed; null when this run uploaded it.</param>
    private static PublicationRecord Record(IModelFeed feed, Provenance provenance, Provenance? published) => new()
    {
        Identity = provenance.Identity,
        Feed = feed.Location,
        FeedType = feed.Type,
        AlreadyPublished = published is not null,
        ModelSha256 = provenance.Model.Sha256,
        InputsSha256 = provenance.Inputs?.Sha256,
        Commit = provenance.Source.Commit,
        BuiltAtCommit = (published ?? provenance).Source.Commit,
        BuiltBy = (published ?? provenance).Build,
        PublishedAt = DateTimeOffset.UtcNow,
    };
}
