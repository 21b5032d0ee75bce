using System.Security.Cryptography;
using NuGet.Common;
using NuGet.Packaging;
using NuGet.Packaging.Core;
using NuGet.Protocol.Core.Types;
using Orchestration.Packaging;

namespace Orchestration.Publishing.NuGetFeeds;

/// <summary>
/// Adds a package to a folder feed without ever overwriting, and without a half-written package
/// becoming visible. A new folder gets NuGet's hierarchical layout (<c>id/version/id.version.nupkg</c>,
/// as <c>nuget add</c> writes it); a flat folder of .nupkg files stays flat.
/// </summary>
internal static class NuGetFolderWriter
{
    public static async Task AddAsync(string root, PackageIdentity package, string packageFile, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(root);
        var versionFolder = Path.Combine(root, package.Id.ToLowerInvariant(), package.Version.ToNormalizedString());

        // One publisher at a time for this version on this machine: NuGet's cross-process file lock.
        await ConcurrencyUtilities.ExecuteWithFileLockedAsync(
            versionFolder,
            async token =>
            {
                if (Directory.EnumerateFiles(root, "*.nupkg").Any())
                {
                    AddFlat(root, package, packageFile);
                }
                else
                {
                    await AddHierarchicalAsync(root, package, packageFile, token).ConfigureAwait(false);
                }

                return true;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Lays the package out as <c>nuget add</c> does (the .nupkg, its .nuspec, <c>.nupkg.sha512</c> and
    /// <c>.nupkg.metadata</c>), copying it once: its SHA-512 is taken while it is copied, not read back after.
    /// The .sha512 and .metadata files are moved in last: until then NuGet does not count the version as there.
    /// </summary>
    private static async Task AddHierarchicalAsync(string root, PackageIdentity package, string packageFile, CancellationToken cancellationToken)
    {
        var layout = new VersionFolderPathResolver(root);
        if (OfflineFeedUtility.PackageExists(package, root, out var complete))
        {
            if (complete)
            {
                throw new PackageAlreadyExistsException($"{package} is already in {root}.");
            }

            // Left by an add that was interrupted: its package file was never there, so it was never published.
            Directory.Delete(layout.GetInstallPath(package.Id, package.Version), recursive: true);
        }

        var nuspec = ReadNuspec(package, packageFile);
        var versionFolder = layout.GetInstallPath(package.Id, package.Version);
        Directory.CreateDirectory(versionFolder);
        var temporary = (Nupkg: Temporary(versionFolder), Hash: Temporary(versionFolder), Metadata: Temporary(versionFolder));
        try
        {
            var sha512 = await CopyAsync(packageFile, temporary.Nupkg, cancellationToken).ConfigureAwait(false);
            await File.WriteAllBytesAsync(layout.GetManifestFilePath(package.Id, package.Version), nuspec, cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(temporary.Hash, sha512, cancellationToken).ConfigureAwait(false);
            NupkgMetadataFileFormat.Write(temporary.Metadata, new NupkgMetadataFile { ContentHash = sha512, Source = root });

            // Cancelled while adding it: not reported as published, so not left in the feed either.
            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temporary.Nupkg, layout.GetPackageFilePath(package.Id, package.Version));
            File.Move(temporary.Hash, layout.GetHashPath(package.Id, package.Version));
            File.Move(temporary.Metadata, layout.GetNupkgMetadataPath(package.Id, package.Version));
        }
        catch
        {
            // Failed or cancelled half-way: under the version's lock nobody else writes there, so nothing of this add is left behind.
            Directory.Delete(versionFolder, recursive: true);
            throw;
        }
    }

    /// <summary>The package's .nuspec, after checking the package is a readable NuGet package of <paramref name="package"/>.</summary>
    private static byte[] ReadNuspec(PackageIdentity package, string packageFile)
    {
        try
        {
            using var reader = new PackageArchiveReader(packageFile);
            var identity = reader.GetIdentity();
            if (!identity.Equals(package))
            {
                throw new InvalidDataException($"{packageFile} holds {identity}, not {package}.");
            }

            using var nuspec = reader.GetNuspec();
            using var bytes = new MemoryStream();
            nuspec.CopyTo(bytes);
            return bytes.ToArray();
        }
        catch (Exception exception) when (exception is InvalidDataException or PackagingException)
        {
            throw new ModelFeedException($"{packageFile} is not a valid NuGet package of {package}: {exception.Message} Run --target=Package again.", exception);
        }
    }

    /// <summary>
    /// Copies the package and returns its SHA-512: when Package recorded it (see <see cref="PackageHash"/>), the copy
    /// is the system's (<c>copy_file_range</c>, as <c>cp</c>) and the package is not read here at all.
    /// </summary>
    private static async Task<string> CopyAsync(string source, string destination, CancellationToken cancellationToken)
    {
        if (PackageHash.Recorded(source) is { } recorded)
        {
            await Task.Run(() => File.Copy(source, destination), cancellationToken).ConfigureAwait(false);
            return recorded;
        }

        return await CopyHashingAsync(source, destination, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Copies the package, returning its SHA-512 in base64 as NuGet records it. The file is read once; each chunk is
    /// written (on the thread pool) while it is hashed and the next one is read, so the copy costs about what
    /// <c>cp</c> does rather than a copy plus a hash.
    /// </summary>
    private static async Task<string> CopyHashingAsync(string source, string destination, CancellationToken cancellationToken)
    {
        const int chunk = 4 << 20;
        using var hash = IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA512);
        await using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan | FileOptions.Asynchronous);
        await using var output = new FileStream(destination, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0, FileOptions.Asynchronous);
        var (current, next) = (new byte[chunk], new byte[chunk]);
        var read = await input.ReadAsync(current, cancellationToken).ConfigureAwait(false);
        while (read > 0)
        {
            var write = output.WriteAsync(current.AsMemory(0, read), cancellationToken).AsTask();
            var reading = input.ReadAsync(next, cancellationToken).AsTask();
            hash.AppendData(current, 0, read);
            await write.ConfigureAwait(false);
            read = await reading.ConfigureAwait(false);
            (current, next) = (next, current);
        }

        return Convert.ToBase64String(hash.GetHashAndReset());
    }

    private static string Temporary(string folder) => Path.Combine(folder, Path.GetRandomFileName());

    private static void AddFlat(string root, PackageIdentity package, string packageFile)
    {
        var target = Path.Combine(root, new PackagePathResolver(root, useSideBySidePaths: true).GetPackageFileName(package));
        var temporary = Path.Combine(root, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.Copy(packageFile, temporary);
            File.Move(temporary, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            throw new PackageAlreadyExistsException($"{package} is already in {root}.");
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
