using Orchestration.Configuration;
using Orchestration.Packaging;

namespace Orchestration.Publishing;

/// <summary>A repository of model packages: a NuGet feed or a Maven repository.</summary>
public interface IModelFeed : IDisposable
{
    /// <summary>The feed as configured, without credentials: safe to print.</summary>
    string Location { get; }

    ModelFeedType Type { get; }

    /// <summary>The published versions of a model (only complete ones).</summary>
    Task<IReadOnlyList<ModelIdentity>> ListAsync(string name, CancellationToken cancellationToken);

    /// <summary>The published version and its provenance, or null when the version is not published.</summary>
    Task<PublishedVersion?> FindAsync(ModelIdentity identity, CancellationToken cancellationToken);

    /// <summary>Uploads a package; throws <see cref="PackageAlreadyExistsException"/> when the version appeared meanwhile.</summary>
    Task UploadAsync(ModelIdentity identity, string packageFile, Provenance provenance, CancellationToken cancellationToken);

    /// <summary>Downloads a published package to a file; false when the version is not published.</summary>
    Task<bool> DownloadAsync(ModelIdentity identity, string destinationFile, CancellationToken cancellationToken);
}

/// <summary>A version found in a feed, with its provenance (null when the package has none: not published by Orchestration).</summary>
public sealed record PublishedVersion(ModelIdentity Identity, Provenance? Provenance);
