using Cake.Core;
using Orchestration.Tools.Docker.Push;

namespace Orchestration.Tools.Docker;

internal static partial class DockerAliases
{
    /// <summary>Pushes an image to its registry; returns the manifest digest the registry reported, if any.</summary>
    public static string? DockerPush(this ICakeContext context, string imageReference) =>
        DockerPush(context, new DockerImagePushSettings(), imageReference);

    public static string? DockerPush(this ICakeContext context, DockerImagePushSettings settings, string imageReference) =>
        new DockerImagePusher(context).Push(settings, imageReference);
}
