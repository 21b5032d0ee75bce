using Cake.Core;
using Orchestration.Tools.Docker.Pull;

namespace Orchestration.Tools.Docker;

internal static partial class DockerAliases
{
    /// <summary>Pulls an image from its registry.</summary>
    public static void DockerPull(this ICakeContext context, DockerImagePullSettings settings, string imageReference, CancellationToken cancellationToken) =>
        new DockerImagePuller(context).Pull(settings, imageReference, cancellationToken);
}
