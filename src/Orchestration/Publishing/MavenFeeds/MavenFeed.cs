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
        return [.. MavenMetadata.Versions(metadata).Select(version => IdentityOf(name, version)).OfType<ModelIdentity>()];
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

    public async Task UploadAsync(ModelIdentity identity, string packageFile, Provenance provenance, CancellationToken cancellationToken)
    {
        var coordinates = MavenCoordinates.Of(groupId, identity);
        await RefuseIfListedAsync(coordinates, cancellationToken).ConfigureAwait(false);

        await PutWithChecksumsAsync(coordinates.PackagePath, packageFile, cancellationToken).ConfigureAwait(false);
        await PutWithChecksumsAsync(coordinates.ProvenancePath, ProvenanceJson.Serialize(provenance), cancellationToken).ConfigureAwait(false);
        await PutWithChecksumsAsync(coordinates.PomPath, Encoding.UTF8.GetBytes(MavenPom.For(coordinates, provenance)), cancellationToken).ConfigureAwait(false);

        // Last: the version becomes visible with all its files already in place.
        var metadata = await RefuseIfListedAsync(coordinates, cancellationToken).ConfigureAwait(false);
        var updated = Encoding.UTF8.GetBytes(MavenMetadata.With(metadata, coordinates, clock.GetUtcNow()));
        await PutWithChecksumsAsync(coordinates.MetadataPath, updated, cancellationToken).ConfigureAwait(false);
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

    private async Task PutWithChecksumsAsync(string path, string file, CancellationToken cancellationToken)
    {
        await transport.PutFileAsync(path, file, cancellationToken).ConfigureAwait(false);
        await PutChecksumsAsync(path, Checksums.OfFile(file), cancellationToken).ConfigureAwait(false);
    }

    private async Task PutWithChecksumsAsync(string path, byte[] content, CancellationToken cancellationToken)
    {
        await transport.PutBytesAsync(path, content, cancellationToken).ConfigureAwait(false);
        await PutChecksumsAsync(path, Checksums.Of(new MemoryStream(content)), cancellationToken).ConfigureAwait(false);
    }

    private async Task PutChecksumsAsync(string path, IReadOnlyDictionary<string, string> checksums, CancellationToken cancellationToken)
    {
        foreach (var (extension, digest) in checksums)
        {
            await transport.PutBytesAsync($"{path}.{extension}", Encoding.ASCII.GetBytes(digest), cancellationToken).ConfigureAwait(false);
        }
    }

    private static ModelIdentity? IdentityOf(string name, string version)
    {
        try
        {
            return ModelIdentity.Parse($"{name}.{version}");
        }
        catch (FormatException)
        {
            return null; // A version not made by Orchestration (e.g. 1.0-SNAPSHOT).
        }
    }
}
