using Cake.Core;
using Orchestration.Tooling;
using Orchestration.Tools.Mount;

namespace Orchestration.MachineServices.Engine;

/// <summary>
/// The private engine's storage driver: overlay2 where the data root's file system can do overlay
/// mounts (a build on it takes seconds), else vfs, which works everywhere but copies every layer
/// in full (a Python image build takes many minutes). A data root keeps the driver it started with.
/// </summary>
internal static class StorageDriver
{
    public const string Overlay2 = "overlay2";
    public const string Vfs = "vfs";

    public static string Choose(ICakeContext context, string dataRoot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Directory.Exists(Path.Combine(dataRoot, Overlay2)))
        {
            return Overlay2;
        }

        if (Directory.Exists(Path.Combine(dataRoot, Vfs)))
        {
            return Vfs;
        }

        return OverlayWorks(context, Path.Combine(Path.GetDirectoryName(dataRoot)!, "overlay-probe"), cancellationToken) ? Overlay2 : Vfs;
    }

    private static bool OverlayWorks(ICakeContext context, string probe, CancellationToken cancellationToken)
    {
        if (!File.Exists("/proc/filesystems") || !File.ReadAllText("/proc/filesystems").Contains("overlay", StringComparison.Ordinal))
        {
            return false;
        }

        var (lower, upper, work, merged) = (Path.Combine(probe, "lower"), Path.Combine(probe, "upper"), Path.Combine(probe, "work"), Path.Combine(probe, "merged"));
        foreach (var directory in new[] { lower, upper, work, merged })
        {
            Directory.CreateDirectory(directory);
        }

        try
        {
            var overlay = new MountSettings { Type = "overlay" };
            overlay.Options.Add("lowerdir=" + lower);
            overlay.Options.Add("upperdir=" + upper);
            overlay.Options.Add("workdir=" + work);
            context.Mount(overlay, "overlay", merged, cancellationToken);
        }
        catch (ToolFailedException)
        {
            Directory.Delete(probe, recursive: true);
            return false;
        }

        try
        {
            File.WriteAllText(Path.Combine(merged, "probe"), "overlay");
            return File.Exists(Path.Combine(upper, "probe"));
        }
        finally
        {
            // Cleanup runs even when the build is being cancelled: a probe mount must not outlive it.
            context.Umount(new UmountSettings(), merged, CancellationToken.None);
            Directory.Delete(probe, recursive: true);
        }
    }
}
