using Cake.Core;
using Cake.Core.IO;

namespace Orchestration.Tools.Docker.Tag;

/// <summary>Runs <c>docker tag</c>.</summary>
internal sealed class DockerImageTagger(ICakeContext context) : DockerTool<DockerImageTagSettings>(context)
{
    public void Tag(DockerImageTagSettings settings, string imageReference, string targetReference, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(imageReference);
        ArgumentException.ThrowIfNullOrEmpty(targetReference);
        Execute(settings, new ProcessArgumentBuilder().Append("tag").AppendQuoted(imageReference).AppendQuoted(targetReference), null, cancellationToken);
    }
}
