using Cake.Core;
using Orchestration.Tools.Docker;
using Orchestration.Tools.Docker.Version;

namespace Orchestration.MachineServices.Engine;

/// <summary>Asks an engine for its version, with a short time limit.</summary>
internal static class EngineProbe
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(15);

    public static (string? Version, string Error) Ask(ICakeContext context, string? host, CancellationToken cancellationToken) =>
        context.DockerServerVersion(new DockerVersionSettings { ToolTimeout = Limit }.WithDockerHost(host), cancellationToken);
}
