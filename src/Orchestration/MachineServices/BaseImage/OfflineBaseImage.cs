using Cake.Common.Diagnostics;
using Cake.Core;
using Orchestration.MachineServices.Engine;
using Orchestration.MachineServices.Prerequisites;
using Orchestration.Tools.Debootstrap;
using Orchestration.Tools.Docker;
using Orchestration.Tools.Docker.Import;
using Orchestration.Tools.Docker.Inspect;
using Orchestration.Tools.Tar;

namespace Orchestration.MachineServices.BaseImage;

/// <summary>
/// The Python base image built without any registry: debootstrap a minimal Debian with the serving
/// packages from the machine's own mirror, pack it, <c>docker import</c> it. The tarball is cached
/// (once per machine, by package list), so a new engine imports it in seconds; an engine that has
/// the image already is left as it is.
/// </summary>
internal sealed class OfflineBaseImage(ICakeContext context, string cacheDirectory)
{
    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(30);

    /// <summary>Where the tarball is kept: /var/cache/orchestration (one per machine) for root, else the workspace's .work/.</summary>
    public static string DefaultCacheDirectory(string workDirectory) =>
        Environment.IsPrivilegedProcess
            ? "/var/cache/orchestration/base-images"
            : Path.Combine(workDirectory, "base-images");

    public string CacheDirectory { get; } = Path.GetFullPath(cacheDirectory);

    /// <summary>Makes sure <paramref name="engine"/> has the image of <paramref name="spec"/>; returns it as the engine describes it.</summary>
    public async Task<DockerImageDetails> EnsureAsync(DockerEngine engine, BaseImageSpec spec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(spec);
        if (Inspect(engine, spec, cancellationToken) is { } onTheEngine)
        {
            context.Information("Base image {0} is on the engine already.", spec.Tag);
            return onTheEngine;
        }

        Directory.CreateDirectory(CacheDirectory);
        var tarball = Path.Combine(CacheDirectory, spec.TarballName);
        using (await CacheLock.AcquireAsync(tarball + ".lock", LockWait, cancellationToken).ConfigureAwait(false))
        {
            if (!File.Exists(tarball))
            {
                Bootstrap(spec, tarball, cancellationToken);
            }
        }

        context.Information("Importing the base image {0} from {1}.", spec.Tag, tarball);
        context.DockerImport(
            new DockerImageImportSettings
            {
                Change = ["ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "ENV LANG=C.UTF-8", "CMD [\"python3\"]"],
                Message = $"debootstrap --variant=minbase --include={string.Join(',', spec.Packages)} {spec.Suite}",
            }.WithDockerHost(engine.Host),
            tarball,
            spec.Tag,
            cancellationToken);
        return Inspect(engine, spec, cancellationToken)
            ?? throw new InvalidOperationException($"docker import of {tarball} finished, but the engine {engine.Host} has no image {spec.Tag}.");
    }

    private DockerImageDetails? Inspect(DockerEngine engine, BaseImageSpec spec, CancellationToken cancellationToken) =>
        context.DockerImageInspect(new DockerInspectSettings().WithDockerHost(engine.Host), spec.Tag, cancellationToken);

    private void Bootstrap(BaseImageSpec spec, string tarball, CancellationToken cancellationToken)
    {
        if (!Environment.IsPrivilegedProcess)
        {
            throw new InvalidOperationException(
                $"The base image {spec.Tag} is not built on this machine, and building it (debootstrap) needs root. "
                + "Run the build once as root, or pass --base-image=IMAGE with a Python image that has scikit-learn and joblib.");
        }

        SystemPackages.Require(context, "The offline base image", ["debootstrap"], cancellationToken);
        var mirror = DebianSources.Mirror(spec.Suite);
        var rootfs = tarball + ".rootfs";
        DeleteIfPresent(rootfs);
        context.Information(
            "Building the base image {0} once for this machine: debootstrap {1} with {2} from {3} (about a minute).",
            spec.Tag, spec.Suite, string.Join(", ", spec.Packages), mirror ?? "debootstrap's default mirror");
        context.Debootstrap(
            new DebootstrapSettings { Variant = "minbase", Include = [.. spec.Packages], ToolTimeout = TimeSpan.FromMinutes(30) },
            spec.Suite,
            rootfs,
            mirror,
            cancellationToken);

        foreach (var removed in BaseImageSpec.RemovedPaths)
        {
            DeleteIfPresent(Path.Combine(rootfs, removed));
        }

        // apt expects these to exist, should anyone run it in the image.
        Directory.CreateDirectory(Path.Combine(rootfs, "var", "lib", "apt", "lists", "partial"));
        Directory.CreateDirectory(Path.Combine(rootfs, "var", "cache", "apt", "archives", "partial"));
        var partial = tarball + ".partial";
        context.TarCreate(new TarCreateSettings { File = partial, Directory = rootfs, NumericOwner = true, ToolTimeout = TimeSpan.FromMinutes(15) }, ["."], cancellationToken);
        File.Move(partial, tarball, overwrite: true);
        DeleteIfPresent(rootfs);
    }

    private static void DeleteIfPresent(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
