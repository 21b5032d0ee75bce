using Cake.Common.Diagnostics;
using Cake.Core;
using Orchestration.Configuration;
using Orchestration.Fingerprint;
using Orchestration.Pipeline;
using Orchestration.Publishing;

namespace Orchestration.Notebooks.Reuse;

/// <summary>
/// Train only when something changed: before the notebook runs, its inputs fingerprint is looked up in the
/// local cache (<c>.work/train-cache/</c>), then in the model feed; on a hit the earlier run's model, executed
/// notebook and HTML are restored, checked against their SHA-256, and no kernel starts. After a run that
/// succeeded, its outputs are cached under the fingerprint.
/// </summary>
public sealed class TrainingReuse(ICakeContext context, WorkspacePaths paths, FeedSettings feed)
{
    private readonly TrainingCache cache = new(CacheDirectory(paths));

    /// <summary><c>.work/train-cache</c>: delete it to forget every cached run.</summary>
    public static string CacheDirectory(WorkspacePaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return Path.Combine(paths.Work, "train-cache");
    }

    /// <summary>The outputs of an earlier run of the same inputs, restored in place; null when there is none (train then).</summary>
    public async Task<TrainingRecord?> TryReuseAsync(string projectDirectory, ModelConfiguration model, InputsFingerprint inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(inputs);
        var destination = TrainingDestination.For(projectDirectory, model, paths);
        var reused = FromCache(inputs, destination) ?? await FromFeedAsync(inputs, destination, cancellationToken).ConfigureAwait(false);
        if (reused is not null)
        {
            context.Information(
                "Train: reused {0} (inputs {1}) from {2}: model {3} (SHA-256 {4}); no notebook was run.",
                model.Identity, inputs.ShortSha256, reused.ReusedFrom, model.ModelPath, InputsFingerprint.Abbreviate(reused.ModelSha256!));
        }

        return reused;
    }

    /// <summary>The model SHA-256 an earlier run of these inputs gave, and where it is kept, if any (for --retrain's reproducibility check).</summary>
    public async Task<(string ModelSha256, string Where)?> EarlierModelAsync(ModelIdentity identity, InputsFingerprint inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (cache.Find(inputs.Sha256) is { } entry)
        {
            return (entry.Model.Sha256, "the local cache");
        }

        var provenance = await LookUpAsync(feeds => feeds.FindAsync(identity, inputs.Sha256, cancellationToken)).ConfigureAwait(false);
        return provenance is null ? null : (provenance.Model.Sha256, $"the feed {provenance.Identity}");
    }

    /// <summary>Caches a successful run's outputs under its inputs; returns the record with the model's SHA-256.</summary>
    public TrainingRecord Remember(ModelIdentity identity, InputsFingerprint inputs, TrainingRecord record)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(record);
        var entry = cache.Store(identity, inputs.Sha256, record);
        return record with { InputsSha256 = inputs.Sha256, ModelSha256 = entry.Model.Sha256 };
    }

    private TrainingRecord? FromCache(InputsFingerprint inputs, TrainingDestination destination)
    {
        if (cache.Find(inputs.Sha256) is not { } entry)
        {
            return null;
        }

        var restored = cache.Restore(entry, destination);
        if (restored is null)
        {
            context.Warning("The cached run of inputs {0} in {1} is incomplete or altered (a SHA-256 does not match): removed it.", inputs.ShortSha256, cache.PathOf(inputs.Sha256));
            return null;
        }

        return restored with { ReusedFrom = $"the local cache ({cache.PathOf(inputs.Sha256)})" };
    }

    private async Task<TrainingRecord?> FromFeedAsync(InputsFingerprint inputs, TrainingDestination destination, CancellationToken cancellationToken)
    {
        var restored = await LookUpAsync(async feeds =>
        {
            var provenance = await feeds.FindAsync(destination.Identity, inputs.Sha256, cancellationToken).ConfigureAwait(false);
            if (provenance is null)
            {
                return null;
            }

            var record = await feeds.RestoreAsync(provenance, destination, cancellationToken).ConfigureAwait(false);
            if (record is null)
            {
                context.Warning("{0} in {1} has the same inputs ({2}), but its files do not match their provenance: training instead.", destination.Identity, feeds.Location, inputs.ShortSha256);
            }

            return record is null ? null : record with { ReusedFrom = $"the feed {feeds.Location}" };
        }).ConfigureAwait(false);

        if (restored is not null)
        {
            cache.Store(destination.Identity, inputs.Sha256, restored);
        }

        return restored;
    }

    /// <summary>Asks the feed; a feed that cannot be reached only means training, so it is a warning, not a failure.</summary>
    private async Task<T?> LookUpAsync<T>(Func<FeedTrainings, Task<T?>> lookUp)
        where T : class
    {
        try
        {
            using var opened = ModelFeeds.Open(context, feed);
            return await lookUp(new FeedTrainings(opened)).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is ModelFeedException or HttpRequestException or IOException or InvalidDataException)
        {
            context.Warning("Could not look for an earlier run of these inputs in {0}: {1}", feed.Feed, exception.Message);
            return null;
        }
    }
}
