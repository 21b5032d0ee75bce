using Cake.Core;
using Orchestration.Tools.Docker.Build;

namespace Orchestration.Tools.Docker;

/// <summary>Cake.Docker's aliases, for the verbs this project uses.</summary>
internal static partial class DockerAliases
{
    /// <summary>Builds an image from the build context at <paramref name="path"/>.</summary>
    public static Task DockerBuildAsync(this ICakeContext context, DockerImageBuildSettings settings, string path, CancellationToken cancellationToken) =>
        new DockerImageBuilder(context).BuildAsync(settings, path, cancellationToken);
}
