using Cake.Core;
using Orchestration.Tools.Docker.Push;

namespace Orchestration.Tools.Docker;

internal static partial class DockerAliases
{
    /// <summary>Pushes an image to its registry; returns the manifest digest the registry reported, if any.</summary>
    public static Task<string?> DockerPushAsync(this ICakeContext context, DockerImagePushSettings settings, string imageReference, CancellationToken cancellationToken) =>
        new DockerImagePusher(context).PushAsync(settings, imageReference, cancellationToken);
}
