using Cake.Core;
using Orchestration.Tools.Docker.Inspect;

namespace Orchestration.Tools.Docker;

internal static partial class DockerAliases
{
    /// <summary>Runs <c>docker inspect</c> and returns its output lines.</summary>
    public static IReadOnlyList<string> DockerInspect(this ICakeContext context, DockerInspectSettings settings, IReadOnlyList<string> objects, CancellationToken cancellationToken) =>
        new DockerInspector(context).Inspect(settings, objects, cancellationToken);

    /// <summary>Inspects one image; null when the engine has no such image.</summary>
    public static DockerImageDetails? DockerImageInspect(this ICakeContext context, DockerInspectSettings settings, string image, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Type = "image";
        settings.Format = "{{json .}}";
        var output = new DockerInspector(context).TryInspect(settings, [image], cancellationToken);
        return output is null ? null : DockerImageDetails.Parse(string.Join('\n', output));
    }
}
