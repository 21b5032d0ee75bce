using Cake.Common.Diagnostics;
using Cake.Core;
using Orchestration.MachineServices.Prerequisites;
using Orchestration.Pipeline;

namespace Orchestration.MachineServices.Engine;

/// <summary>
/// Finds the engine the Docker stage uses: DOCKER_HOST when set (never starting anything); else the
/// machine's engine at /var/run/docker.sock when it answers; else, as root, the workspace's private
/// engine under .work/docker (started if needed). Otherwise it stops with what to do.
/// </summary>
public static class DockerEngines
{
    public const string SystemSocket = "/var/run/docker.sock";

    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    /// <param name="dockerHost">The DOCKER_HOST of the environment (null or empty when unset).</param>
    /// <param name="workDirectory">The workspace's <c>.work/</c> folder.</param>
    public static async Task<DockerEngine> ConnectAsync(ICakeContext context, string? dockerHost, string workDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        RequireProgram(context, "docker", "The Docker stage", "docker.io", cancellationToken);
        if (!string.IsNullOrEmpty(dockerHost))
        {
            var (version, error) = EngineProbe.Ask(context, dockerHost, cancellationToken);
            return version is not null
                ? Using(context, new DockerEngine(DockerEngineKind.FromEnvironment, dockerHost, version))
                : throw ConfigurationError.Create(
                    $"No Docker engine answers at DOCKER_HOST={dockerHost}: {error}\n"
                    + "Start that engine, point DOCKER_HOST at one that runs, or unset DOCKER_HOST: the build then uses "
                    + $"{SystemSocket}, or (as root) starts a private engine under .work/docker.");
        }

        if (File.Exists(SystemSocket) && EngineProbe.Ask(context, host: null, cancellationToken) is ({ } systemVersion, _))
        {
            return Using(context, new DockerEngine(DockerEngineKind.System, null, systemVersion));
        }

        return Using(context, await StartPrivateAsync(context, workDirectory, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The engine an earlier DockerBuild used (its record's DockerHost), restarting the private engine if it has stopped.</summary>
    public static async Task<DockerEngine> ReconnectAsync(ICakeContext context, string? recordedHost, string? dockerHost, string workDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var privateEngine = WorkspaceDockerServices.Engine(workDirectory);
        return recordedHost is not null && recordedHost == privateEngine.Host
            ? Using(context, await StartPrivateAsync(context, workDirectory, cancellationToken).ConfigureAwait(false))
            : await ConnectAsync(context, recordedHost ?? dockerHost, workDirectory, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<DockerEngine> StartPrivateAsync(ICakeContext context, string workDirectory, CancellationToken cancellationToken)
    {
        if (!Environment.IsPrivilegedProcess)
        {
            throw ConfigurationError.Create(
                $"No Docker engine: DOCKER_HOST is not set and nothing answers at {SystemSocket}.\n"
                + "Start Docker (sudo systemctl start docker), or set DOCKER_HOST to an engine (unix:///path/docker.sock, tcp://host:2376), "
                + "or run the build as root: it then starts a private engine under .work/docker (stop it with --target=DockerStop).");
        }

        RequireProgram(context, "dockerd", "The Docker stage's private engine", "docker.io", cancellationToken);
        return await WorkspaceDockerServices.Engine(workDirectory).StartAsync(context, StartTimeout, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Installs the package only when the program is missing: a machine with Docker's own packages (docker-ce) has it already.</summary>
    internal static void RequireProgram(ICakeContext context, string program, string purpose, string package, CancellationToken cancellationToken)
    {
        if (context.Tools.Resolve(program) is null)
        {
            SystemPackages.Require(context, purpose, [package], cancellationToken);
        }
    }

    private static DockerEngine Using(ICakeContext context, DockerEngine engine)
    {
        context.Information("Docker engine: {0}", engine);
        return engine;
    }
}
