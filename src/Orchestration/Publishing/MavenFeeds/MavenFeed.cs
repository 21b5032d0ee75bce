using System.Text;
using Cake.Core.Diagnostics;
using Orchestration.Configuration;
using Orchestration.Packaging;

namespace Orchestration.Publishing.MavenFeeds;

/// <summary>
/// Models in a Maven-layout repository (e.g. a Nexus maven2 hosted repository): per version the
/// package (<c>.zip</c>), <c>-provenance.json</c> and the POM, each with <c>.sha1</c> and <c>.md5</c>.
/// <c>maven-metadata.xml</c> is updated last: a version is listed, hence published, only once complete.
/// Repositories like plain HTTP servers accept overwrites, so immutability is checked here, before uploading.
/// </summary>
internal sealed class MavenFeed(IMavenTransport transport, string groupId, TimeProvider clock) : IModelFeed
{
    public string Location => transport.Location;

    public ModelFeedType Type => ModelFeedType.Maven;

    public static MavenFeed Open(FeedSettings settings, ICakeLog log)
    {
        ArgumentNullException.ThrowIfNull(settings);
        IMavenTransport transport = Uri.TryCreate(settings.Feed, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? new HttpMavenTransport(uri, settings, log)
            : new FolderMavenTransport(uri is { IsFile: true } ? uri.LocalPath : Path.GetFullPath(Path.Combine(settings.WorkingDirectory, settings.Feed)));
        return new MavenFeed(transport, settings.MavenGroupId, TimeProvider.System);
    }

    public async Task<IReadOnlyList<ModelIdentity>> ListAsync(string name, CancellationToken cancellationToken)
    {
        var metadata = await transport.GetTextAsync(new MavenCoordinates(groupId, name, "0").MetadataPath, cancellationToken).ConfigureAwait(false);
        return [.. MavenMetadata.Versions(metadata).Select(version => ModelIdentity.OfVersion(name, version)).OfType<ModelIdentity>()];
    }

    public async Task<PublishedVersion?> FindAsync(ModelIdentity identity, CancellationToken cancellationToken)
    {
        var coordinates = MavenCoordinates.Of(groupId, identity);
        if (!await IsListedAsync(coordinates, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var provenance = await transport.GetTextAsync(coordinates.ProvenancePath, cancellationToken).ConfigureAwait(false);
        return new PublishedVersion(
            identity,
            provenance is null ? null : ProvenanceJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(provenance)), Location + coordinates.ProvenancePath));
    }

    /// <summary>
    /// Uploads a version so that of two publishers racing for it exactly one wins. The artifact's lock (a folder's
    /// flock) serialises publishers on one machine; every file of the version is created only if absent (a folder:
    /// link without replacing; HTTP: <c>If-None-Match: *</c>); what was written is read back before the version is
    /// listed, and the listing is read back after. A failed or cancelled upload removes the files it created.
    /// </summary>
    public async Task UploadAsync(ModelIdentity identity, string packageFile, Provenance provenance, CancellationToken cancellationToken)
    {
        var coordinates = MavenCoordinates.Of(groupId, identity);
        using var held = await transport.LockAsync(coordinates.MetadataPath, cancellationToken).ConfigureAwait(false);
        await RefuseIfListedAsync(coordinates, cancellationToken).ConfigureAwait(false);

        var provenanceBytes = ProvenanceJson.Serialize(provenance);
        var packageChecksums = Checksums.OfFile(packageFile);
        var created = new List<string>();
        try
        {
            // The provenance first: whoever creates it owns the version; a loser is refused before uploading the model.
            await CreateWithChecksumsAsync(coordinates, coordinates.ProvenancePath, provenanceBytes, created, cancellationToken).ConfigureAwait(false);
            await CreateWithChecksumsAsync(coordinates, coordinates.PackagePath, packageFile, packageChecksums, created, cancellationToken).ConfigureAwait(false);
            await CreateWithChecksumsAsync(coordinates, coordinates.PomPath, Encoding.UTF8.GetBytes(MavenPom.For(coordinates, provenance)), created, cancellationToken).ConfigureAwait(false);
            await ConfirmOursAsync(coordinates, provenanceBytes, packageChecksums["sha1"], cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (created.Count > 0 && exception is not FileAlreadyThereException)
        {
            await RemoveAsync(created).ConfigureAwait(false);
            throw;
        }

        // Last: the version becomes visible with all its files already in place; then read back.
        var metadata = await RefuseIfListedAsync(coordinates, cancellationToken).ConfigureAwait(false);
        var updated = Encoding.UTF8.GetBytes(MavenMetadata.With(metadata, coordinates, clock.GetUtcNow()));
        await PutWithChecksumsAsync(coordinates.MetadataPath, updated, cancellationToken).ConfigureAwait(false);
        if (!await IsListedAsync(coordinates, cancellationToken).ConfigureAwait(false))
        {
            throw new ModelFeedException(
                $"{Location}{coordinates.MetadataPath} does not list {coordinates.Version} right after it was written: another publisher replaced it " +
                "(the repository cannot lock it). Publish again.");
        }
    }

    public async Task<bool> DownloadAsync(ModelIdentity identity, string destinationFile, CancellationToken cancellationToken)
    {
        var coordinates = MavenCoordinates.Of(groupId, identity);
        if (!await IsListedAsync(coordinates, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        if (!await transport.DownloadAsync(coordinates.PackagePath, destinationFile, cancellationToken).ConfigureAwait(false))
        {
            throw new ModelFeedException($"{Location} lists {identity} but has no {coordinates.PackagePath}: the repository was changed by hand. Publish a new version.");
        }

        var expected = await transport.GetTextAsync(coordinates.PackagePath + ".sha1", cancellationToken).ConfigureAwait(false);
        var actual = Checksums.OfFile(destinationFile)["sha1"];
        if (expected is not null && Checksums.Parse(expected) != actual)
        {
            throw new ModelFeedException($"{Location}{coordinates.PackagePath} arrived damaged: its SHA-1 is {actual}, the repository's .sha1 says {Checksums.Parse(expected)}. Try again.");
        }

        return true;
    }

    public void Dispose() => transport.Dispose();

    private async Task<bool> IsListedAsync(MavenCoordinates coordinates, CancellationToken cancellationToken)
    {
        var metadata = await transport.GetTextAsync(coordinates.MetadataPath, cancellationToken).ConfigureAwait(false);
        return MavenMetadata.Versions(metadata).Contains(coordinates.Version, StringComparer.Ordinal);
    }

    private async Task<string?> RefuseIfListedAsync(MavenCoordinates coordinates, CancellationToken cancellationToken)
    {
        var metadata = await transport.GetTextAsync(coordinates.MetadataPath, cancellationToken).ConfigureAwait(false);
        return MavenMetadata.Versions(metadata).Contains(coordinates.Version, StringComparer.Ordinal)
            ? throw new PackageAlreadyExistsException($"{Location}{coordinates.MetadataPath} already lists {coordinates.Version}.")
            : metadata;
    }

    private async Task CreateWithChecksumsAsync(MavenCoordinates coordinates, string path, byte[] content, List<string> created, CancellationToken cancellationToken) =>
        await CreateWithChecksumsAsync(coordinates, path, Checksums.Of(new MemoryStream(content)), created, token => transport.PutBytesAsync(path, content, createOnly: true, token), cancellationToken).ConfigureAwait(false);

    private async Task CreateWithChecksumsAsync(MavenCoordinates coordinates, string path, string file, IReadOnlyDictionary<string, string> checksums, List<string> created, CancellationToken cancellationToken) =>
        await CreateWithChecksumsAsync(coordinates, path, checksums, created, token => transport.PutFileAsync(path, file, createOnly: true, token), cancellationToken).ConfigureAwait(false);

    private async Task CreateWithChecksumsAsync(
        MavenCoordinates coordinates, string path, IReadOnlyDictionary<string, string> checksums, List<string> created, Func<CancellationToken, Task> put, CancellationToken cancellationToken)
    {
        try
        {
            await put(cancellationToken).ConfigureAwait(false);
            created.Add(path);
            foreach (var (extension, digest) in checksums)
            {
                await transport.PutBytesAsync($"{path}.{extension}", Encoding.ASCII.GetBytes(digest), createOnly: true, cancellationToken).ConfigureAwait(false);
                created.Add($"{path}.{extension}");
            }
        }
        catch (FileAlreadyThereException taken)
        {
            await RemoveAsync(created).ConfigureAwait(false);
            throw new PackageAlreadyExistsException($"{taken.Message}: another publisher of {coordinates.Version} was first.")
            {
                Existing = await ExistingProvenanceAsync(coordinates, cancellationToken).ConfigureAwait(false),
            };
        }
    }

    /// <summary>Reads back what was written: a server that ignored If-None-Match may hold another publisher's files by now.</summary>
    private async Task ConfirmOursAsync(MavenCoordinates coordinates, byte[] provenance, string packageSha1, CancellationToken cancellationToken)
    {
        var provenanceNow = await transport.GetTextAsync(coordinates.ProvenancePath, cancellationToken).ConfigureAwait(false);
        var sha1Now = await transport.GetTextAsync(coordinates.PackagePath + ".sha1", cancellationToken).ConfigureAwait(false);
        if (provenanceNow != Encoding.UTF8.GetString(provenance) || sha1Now is null || Checksums.Parse(sha1Now) != packageSha1)
        {
            throw new PackageAlreadyExistsException(
                $"{Location}{coordinates.PackagePath} changed during the upload: another publisher of {coordinates.Version} overwrote it (the repository does not refuse overwrites). Nothing was listed.")
            {
                Existing = await ExistingProvenanceAsync(coordinates, cancellationToken).ConfigureAwait(false),
            };
        }
    }

    private async Task<Provenance?> ExistingProvenanceAsync(MavenCoordinates coordinates, CancellationToken cancellationToken)
    {
        var text = await transport.GetTextAsync(coordinates.ProvenancePath, cancellationToken).ConfigureAwait(false);
        try
        {
            return text is null ? null : ProvenanceJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), Location + coordinates.ProvenancePath);
        }
        catch (InvalidDataException)
        {
            return null; // Being written or damaged: the caller reports the version as taken without comparing.
        }
    }

    /// <summary>Best effort, and even when cancelled: files this upload created are removed so that none is left half-published.</summary>
    private async Task RemoveAsync(List<string> created)
    {
        foreach (var path in Enumerable.Reverse(created))
        {
            try
            {
                await transport.DeleteAsync(path, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ModelFeedException or HttpRequestException)
            {
                // Left for whoever looks at the feed: the version is not listed, so it was never published.
            }
        }

        created.Clear();
    }

    private async Task PutWithChecksumsAsync(string path, byte[] content, CancellationToken cancellationToken)
    {
        await transport.PutBytesAsync(path, content, createOnly: false, cancellationToken).ConfigureAwait(false);
        await PutChecksumsAsync(path, Checksums.Of(new MemoryStream(content)), cancellationToken).ConfigureAwait(false);
    }

    private async Task PutChecksumsAsync(string path, IReadOnlyDictionary<string, string> checksums, CancellationToken cancellationToken)
    {
        foreach (var (extension, digest) in checksums)
        {
            await transport.PutBytesAsync($"{path}.{extension}", Encoding.ASCII.GetBytes(digest), createOnly: false, cancellationToken).ConfigureAwait(false);
        }
    }
}
