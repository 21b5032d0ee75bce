using Cake.Core;
using Orchestration.Tools.Docker.Manifest;

namespace Orchestration.Tools.Docker;

internal static partial class DockerAliases
{
    /// <summary>Asks the registry what <paramref name="imageReference"/> holds; null when it has no such tag.</summary>
    public static RegistryManifest? DockerManifestInspect(this ICakeContext context, DockerManifestInspectSettings settings, string imageReference, CancellationToken cancellationToken) =>
        new DockerManifestInspector(context).Inspect(settings, imageReference, cancellationToken);
}
