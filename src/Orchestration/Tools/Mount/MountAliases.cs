using Cake.Core;

namespace Orchestration.Tools.Mount;

/// <summary>Aliases for mount and umount.</summary>
internal static class MountAliases
{
    /// <summary>Mounts <paramref name="source"/> on <paramref name="target"/>.</summary>
    public static void Mount(this ICakeContext context, MountSettings settings, string source, string target, CancellationToken cancellationToken) =>
        new MountRunner(context).Mount(settings, source, target, cancellationToken);

    /// <summary>Unmounts what is mounted on <paramref name="target"/>.</summary>
    public static void Umount(this ICakeContext context, UmountSettings settings, string target, CancellationToken cancellationToken) =>
        new UmountRunner(context).Umount(settings, target, cancellationToken);
}
