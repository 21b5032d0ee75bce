using Cake.Core;

namespace Orchestration.Tools.Debootstrap;

/// <summary>Aliases for debootstrap.</summary>
internal static class DebootstrapAliases
{
    /// <summary>Installs Debian <paramref name="suite"/> into <paramref name="target"/> from <paramref name="mirror"/> (debootstrap's default when null).</summary>
    public static void Debootstrap(this ICakeContext context, DebootstrapSettings settings, string suite, string target, string? mirror, CancellationToken cancellationToken) =>
        new DebootstrapRunner(context).Install(settings, suite, target, mirror, cancellationToken);
}
