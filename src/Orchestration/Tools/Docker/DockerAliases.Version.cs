using Cake.Core;
using Orchestration.Tools.Docker.Version;

namespace Orchestration.Tools.Docker;

internal static partial class DockerAliases
{
    /// <summary>The engine's version, or null with the CLI's complaint when no engine answered (in time).</summary>
    public static (string? Version, string Error) DockerServerVersion(this ICakeContext context, DockerVersionSettings settings, CancellationToken cancellationToken) =>
        new DockerVersionRunner(context).ServerVersion(settings, cancellationToken);
}
