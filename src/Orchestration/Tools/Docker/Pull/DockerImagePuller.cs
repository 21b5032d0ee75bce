using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Docker.Pull;

/// <summary>Runs <c>docker pull</c>.</summary>
internal sealed class DockerImagePuller(ICakeContext context) : DockerTool<DockerImagePullSettings>(context)
{
    public void Pull(DockerImagePullSettings settings, string imageReference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrEmpty(imageReference);
        var arguments = new ProcessArgumentBuilder().Append("pull");
        if (settings.Quiet)
        {
            arguments.Append("--quiet");
        }

        Execute(settings, arguments.AppendQuoted(imageReference), new ToolRunOptions
        {
            FailureHint = $"The registry did not give {imageReference}: check that it runs and the credentials (DOCKER_REGISTRY_USERNAME, DOCKER_REGISTRY_PASSWORD).",
        }, cancellationToken);
    }
}
