using Cake.Common.Diagnostics;
using Cake.Core;
using Orchestration.MachineServices.Registry;

namespace Orchestration.MachineServices.Engine;

/// <summary>The private engine and registry a workspace may run, under its <c>.work/</c>, and how to stop them.</summary>
public static class WorkspaceDockerServices
{
    public static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(30);

    public static PrivateDockerEngine Engine(string workDirectory) => new(Path.Combine(workDirectory, "docker"));

    public static LocalRegistry Registry(string workDirectory) => new(Path.Combine(workDirectory, "registry"));

    /// <summary>Stops this workspace's private engine (and its containers) and registry; nothing else.</summary>
    public static void Stop(ICakeContext context, string workDirectory, CancellationToken cancellationToken)
    {
        var stoppedRegistry = Registry(workDirectory).Stop(context, StopGrace, cancellationToken);
        var stoppedEngine = Engine(workDirectory).Stop(context, StopGrace, cancellationToken);
        if (!stoppedRegistry && !stoppedEngine)
        {
            context.Information("No private Docker engine or registry of this workspace is running ({0}): nothing to stop.", workDirectory);
        }
    }
}
