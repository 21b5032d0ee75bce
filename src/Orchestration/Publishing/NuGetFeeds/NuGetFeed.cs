using Cake.Core.Diagnostics;
using NuGet.Packaging.Core;
using NuGet.Protocol;
using NuGet.Protocol.Core.Types;
using Orchestration.Configuration;
using Orchestration.Packaging;
using Orchestration.Publishing.Http;

namespace Orchestration.Publishing.NuGetFeeds;

/// <summary>
/// A NuGet feed through NuGet.Protocol: a folder, or a server's v3 service index (Nexus, Artifactory,
/// Azure Artifacts, GitHub Packages, BaGet...). The package id is the model name, the version
/// <c>dataVersion.modelVersion</c>.
/// </summary>
internal sealed class NuGetFeed : IModelFeed
{
    private readonly NuGetSource source;
    private readonly FeedSettings settings;
    private readonly NuGetLog nugetLog;
    private readonly FeedRequestRunner runner;
    private readonly SingleRequestServiceIndexProvider serviceIndex;
    private readonly PackageDownloads? downloads;

    public NuGetFeed(FeedSettings settings, ICakeLog log)
    {
        ArgumentNullException.ThrowIfNull(settings);
        this.settings = settings;
        source = NuGetSource.Resolve(settings);
        nugetLog = new NuGetLog(log);
        serviceIndex = new SingleRequestServiceIndexProvider(settings.RequestTimeout);
        downloads = settings.DownloadsDirectory is { } kept ? PackageDownloads.In(kept) : null;
        runner = new FeedRequestRunner(
            Location,
            settings.Retry,
            log,
            "Check MODEL_FEED_API_KEY (or this source's credentials in NuGet.Config) and that it may push to this feed.");
        if (source.Source.IsHttp && !source.Source.IsHttps)
        {
            log.Warning("{0} is plain HTTP: the API key and the package travel unencrypted.", Location);
        }
    }

    public string Location => source.Location;

    public ModelFeedType Type => ModelFeedType.NuGet;

    public async Task<IReadOnlyList<ModelIdentity>> ListAsync(string name, CancellationToken cancellationToken)
    {
        // A folder feed nobody published to yet is an empty feed (NuGet calls it an error); the first publish creates it.
        if (source.IsFolder && !Directory.Exists(source.Source.Source))
        {
            return [];
        }

        var versions = await RequestAsync(
            "GET",
            $"{Location} (versions of {name})",
            async token =>
            {
                using var cache = FreshCache();
                var find = await FindResourceAsync(token).ConfigureAwait(false);
                return await find.GetAllVersionsAsync(name, cache, nugetLog, token).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);

        return [.. versions.Order().Select(version => PackageLayout.IdentityOf(name, version)).OfType<ModelIdentity>()];
    }

    /// <summary>Reads the provenance from the package, downloaded once per build when the settings keep downloads (see <see cref="PackageDownloads"/>).</summary>
    public async Task<PublishedVersion?> FindAsync(ModelIdentity identity, CancellationToken cancellationToken)
    {
        if (downloads is not null)
        {
            var kept = await downloads.GetAsync(Location, identity, (file, token) => CopyNupkgAsync(identity, file, token), cancellationToken).ConfigureAwait(false);
            return kept is null ? null : new PublishedVersion(identity, PackageContents.ReadProvenance(kept));
        }

        var download = Path.Combine(Path.GetTempPath(), $"orchestration-{identity}-{Guid.NewGuid():N}.nupkg");
        try
        {
            return await DownloadAsync(identity, download, cancellationToken).ConfigureAwait(false)
                ? new PublishedVersion(identity, PackageContents.ReadProvenance(download))
                : null;
        }
        finally
        {
            File.Delete(download);
        }
    }

    public async Task UploadAsync(ModelIdentity identity, string packageFile, Provenance provenance, CancellationToken cancellationToken)
    {
        var package = new PackageIdentity(identity.Name, PackageLayout.PackageVersion(identity));
        if (source.IsFolder)
        {
            await NuGetFolderWriter.AddAsync(source.Source.Source, package, packageFile, cancellationToken).ConfigureAwait(false);
            return;
        }

        var update = await (await RepositoryAsync(cancellationToken).ConfigureAwait(false)).GetResourceAsync<PackageUpdateResource>(cancellationToken).ConfigureAwait(false)
            ?? throw Unsupported("publishing (PackagePublish/2.0.0)");
        await runner.RunAsync(
            "PUT",
            update.SourceUri.AbsoluteUri,
            async _ =>
            {
                try
                {
                    await update.Push(
                        [packageFile],
                        symbolSource: string.Empty,
                        timeoutInSecond: (int)settings.RequestTimeout.TotalSeconds,
                        disableBuffering: false,
                        getApiKey: _ => source.ApiKey ?? string.Empty,
                        getSymbolApiKey: _ => string.Empty,
                        noServiceEndpoint: false,
                        skipDuplicate: false,
                        symbolPackageUpdateResource: null,
                        allowInsecureConnections: source.Source.AllowInsecureConnections,
                        log: nugetLog).ConfigureAwait(false);
                }
                catch (HttpRequestException conflict) when (FeedRequestFailure.From(conflict, cancellationToken) is { IsConflict: true })
                {
                    throw new PackageAlreadyExistsException($"{Location} already has {package}.", conflict);
                }
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> DownloadAsync(ModelIdentity identity, string destinationFile, CancellationToken cancellationToken)
    {
        // Found earlier in this build (Train's look-up before its restore): a copy of that download, not a second one.
        if (downloads?.Kept(Location, identity) is { } kept)
        {
            File.Copy(kept, destinationFile, overwrite: true);
            return true;
        }

        bool found;
        await using (var file = new FileStream(destinationFile, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 20, useAsync: true))
        {
            found = await CopyNupkgAsync(identity, file, cancellationToken).ConfigureAwait(false);
        }

        if (!found)
        {
            File.Delete(destinationFile);
        }

        return found;
    }

    private Task<bool> CopyNupkgAsync(ModelIdentity identity, Stream destination, CancellationToken cancellationToken)
    {
        var version = PackageLayout.PackageVersion(identity);
        return RequestAsync(
            "GET",
            $"{Location} ({identity.Name} {version.ToNormalizedString()})",
            async token =>
            {
                // A retried request starts the file again.
                destination.SetLength(0);
                using var cache = FreshCache();
                var find = await FindResourceAsync(token).ConfigureAwait(false);
                return await find.CopyNupkgToStreamAsync(identity.Name, version, destination, cache, nugetLog, token).ConfigureAwait(false);
            },
            cancellationToken);
    }

    public void Dispose()
    {
        // NuGet.Protocol owns and shares its HTTP connections.
    }

    /// <summary>A request to a server goes through the retry policy; a folder's errors are not network errors.</summary>
    private Task<T> RequestAsync<T>(string method, string what, Func<CancellationToken, Task<T>> request, CancellationToken cancellationToken) =>
        source.IsFolder ? request(cancellationToken) : runner.RunAsync(method, what, request, cancellationToken);

    private static SourceCacheContext FreshCache() => new() { NoCache = true, DirectDownload = true, RefreshMemoryCache = true };

    private async Task<FindPackageByIdResource> FindResourceAsync(CancellationToken cancellationToken) =>
        await (await RepositoryAsync(cancellationToken).ConfigureAwait(false)).GetResourceAsync<FindPackageByIdResource>(cancellationToken).ConfigureAwait(false)
            ?? throw Unsupported("downloading packages (PackageBaseAddress/3.0.0)");

    private ModelFeedException Unsupported(string what) =>
        new($"{Location} does not offer {what}. Give the feed's NuGet v3 service index URL (it usually ends in /index.json), or a folder.");

    /// <summary>A new repository each time: NuGet picks a folder's reader by its layout, which the first publish may change.</summary>
    private async Task<SourceRepository> RepositoryAsync(CancellationToken cancellationToken)
    {
        if (source.IsFolder)
        {
            return Repository.Factory.GetCoreV3(source.Source);
        }

        var repository = new SourceRepository(source.Source, [new Lazy<INuGetResourceProvider>(() => serviceIndex), .. Repository.Provider.GetCoreV3()]);
        var http = await repository.GetResourceAsync<HttpSourceResource>(cancellationToken).ConfigureAwait(false);
        if (http is not null)
        {
            http.HttpSource.RetryHandler = new SingleAttemptRetryHandler(settings.RequestTimeout);
        }

        return repository;
    }
}
