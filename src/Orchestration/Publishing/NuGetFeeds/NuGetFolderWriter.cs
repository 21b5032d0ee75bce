using NuGet.Common;
using NuGet.Configuration;
using NuGet.Packaging;
using NuGet.Packaging.Core;
using NuGet.Packaging.Signing;
using NuGet.Protocol.Core.Types;

namespace Orchestration.Publishing.NuGetFeeds;

/// <summary>
/// Adds a package to a folder feed without ever overwriting, and without a half-written package
/// becoming visible. A new folder gets NuGet's hierarchical layout (<c>id/version/id.version.nupkg</c>,
/// as <c>nuget add</c> writes it); a flat folder of .nupkg files stays flat.
/// </summary>
internal static class NuGetFolderWriter
{
    public static async Task AddAsync(string root, PackageIdentity package, string packageFile, ILogger log, CancellationToken cancellationToken)
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
                    await AddHierarchicalAsync(root, package, packageFile, log, token).ConfigureAwait(false);
                }

                return true;
            },
            cancellationToken).ConfigureAwait(false);
    }

    private static async Task AddHierarchicalAsync(string root, PackageIdentity package, string packageFile, ILogger log, CancellationToken cancellationToken)
    {
        if (OfflineFeedUtility.PackageExists(package, root, out var complete))
        {
            if (complete)
            {
                throw new PackageAlreadyExistsException($"{package} is already in {root}.");
            }

            // Left by an add that was interrupted: its package file was never there, so it was never published.
            Directory.Delete(OfflineFeedUtility.GetPackageDirectory(package, root)!, recursive: true);
        }

        var extraction = new PackageExtractionContext(
            PackageSaveMode.Nupkg | PackageSaveMode.Nuspec,
            XmlDocFileSaveMode.None,
            ClientPolicyContext.GetClientPolicy(NullSettings.Instance, log),
            log);
        var add = new OfflineFeedAddContext(packageFile, root, log, throwIfSourcePackageIsInvalid: true, throwIfPackageExistsAndInvalid: true, throwIfPackageExists: true, extraction);
        var versionFolder = OfflineFeedUtility.GetPackageDirectory(package, root)!;
        var ours = !Directory.Exists(versionFolder);
        try
        {
            await OfflineFeedUtility.AddPackageToSource(add, cancellationToken).ConfigureAwait(false);

            // Cancelled while NuGet was adding it: not reported as published, so not left in the feed either.
            cancellationToken.ThrowIfCancellationRequested();
        }
        catch (Exception exception) when (exception is not PackageAlreadyExistsException)
        {
            // Failed or cancelled half-way (NuGet extracts into a randomly named temporary file in the version folder):
            // under the version's lock nobody else writes there, so nothing of this add is left behind.
            if (ours && Directory.Exists(versionFolder))
            {
                Directory.Delete(versionFolder, recursive: true);
            }

            throw;
        }
    }

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
