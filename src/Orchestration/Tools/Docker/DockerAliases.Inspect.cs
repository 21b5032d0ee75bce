using Cake.Core;
using Orchestration.Tools.Docker.Inspect;

namespace Orchestration.Tools.Docker;

internal static partial class DockerAliases
{
    /// <summary>Inspects one image; null when the engine has no such image.</summary>
    public static DockerImageDetails? DockerImageInspect(this ICakeContext context, DockerInspectSettings settings, string image, CancellationToken cancellationToken) =>
        new DockerInspector(context).InspectImage(settings, image, cancellationToken);
}
