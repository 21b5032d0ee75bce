using Cake.Core;
using Orchestration.Tools.Docker.Tag;

namespace Orchestration.Tools.Docker;

internal static partial class DockerAliases
{
    /// <summary>Gives the image <paramref name="imageReference"/> the name <paramref name="targetReference"/>.</summary>
    public static void DockerTag(this ICakeContext context, DockerImageTagSettings settings, string imageReference, string targetReference, CancellationToken cancellationToken) =>
        new DockerImageTagger(context).Tag(settings, imageReference, targetReference, cancellationToken);
}
