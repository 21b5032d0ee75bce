using System.Security.Cryptography;
using System.Text;
using Cake.Common.Diagnostics;
using Cake.Core;
using Orchestration.MachineServices.Daemons;

namespace Orchestration.MachineServices.Engine;

/// <summary>
/// A Docker engine of one workspace, under <c>.work/docker/</c>: overlay2 storage where the file system
/// allows it, else vfs (see <see cref="StorageDriver"/>); no iptables, no bridge
/// (containers run with <c>--network host</c>), its own socket. Started detached, so it outlives the
/// build (a deployed container keeps running); found again by its pid file and reused; stopped by
/// DockerStop. It never touches an engine it did not start.
/// </summary>
public sealed class PrivateDockerEngine
{
    // A unix socket path has at most 107 bytes; containerd's lives at EXEC_ROOT/containerd/containerd.sock.
    private const int MaxRuntimeDirectoryLength = 60;

    public PrivateDockerEngine(string directory)
    {
        Directory = Path.GetFullPath(directory);
        RuntimeDirectory = Directory.Length <= MaxRuntimeDirectoryLength
            ? Directory
            : Path.Combine("/run", "orchestration-docker-" + ShortHash(Directory));
    }

    /// <summary>Data root, pid file and log.</summary>
    public string Directory { get; }

    /// <summary>Socket and exec root: <see cref="Directory"/>, or a short folder under /run when that path is too long for sockets.</summary>
    public string RuntimeDirectory { get; }

    public string Socket => Path.Combine(RuntimeDirectory, "docker.sock");

    /// <summary>The DOCKER_HOST that reaches this engine.</summary>
    public string Host => "unix://" + Socket;

    /// <summary>Written by start-stop-daemon as it starts dockerd, so a dockerd that dies at once is noticed at once.</summary>
    public string PidFile => Path.Combine(Directory, "engine.pid");

    /// <summary>dockerd's own pid file (without one it would use the machine engine's /var/run/docker.pid).</summary>
    public string DaemonPidFile => Path.Combine(Directory, "dockerd.pid");

    public string LogFile => Path.Combine(Directory, "dockerd.log");

    public string DataRoot => Path.Combine(Directory, "data");

    /// <summary>The pid of this engine's dockerd when it runs; null otherwise.</summary>
    public int? RunningPid(ICakeContext context) => DaemonExecutable(context) is { } dockerd ? Daemon(context, dockerd, []).RunningPid() : null;

    /// <summary>Starts the engine, or reuses it when it already runs; waits until it answers.</summary>
    public async Task<DockerEngine> StartAsync(ICakeContext context, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (RunningPid(context) is { } pid)
        {
            context.Information("Reusing the private Docker engine of this workspace (dockerd pid {0}, {1}).", pid, Host);
            return await ReadyAsync(Daemon(context, DaemonExecutable(context)!, []), timeout, cancellationToken).ConfigureAwait(false);
        }

        var dockerd = DaemonExecutable(context)
            ?? throw new InvalidOperationException("dockerd was not found on PATH: install docker.io (apt-get install -y docker.io).");
        System.IO.Directory.CreateDirectory(Directory);
        System.IO.Directory.CreateDirectory(RuntimeDirectory);
        LeftoverMounts.Unmount(context, [Directory, RuntimeDirectory], cancellationToken);
        var storageDriver = StorageDriver.Choose(context, DataRoot, cancellationToken);
        context.Information(
            "Starting a private Docker engine for this workspace: {0}, storage driver {1} (log {2}). Stop it with --target=DockerStop.",
            Host, storageDriver, LogFile);
        var daemon = Daemon(context, dockerd, DaemonArguments(storageDriver));
        daemon.Start(context, cancellationToken);
        return await ReadyAsync(daemon, timeout, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops this engine (and the containers it runs) if it runs; returns whether it did.</summary>
    public bool Stop(ICakeContext context, TimeSpan grace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (DaemonExecutable(context) is not { } dockerd || !Daemon(context, dockerd, []).Stop(context, grace, cancellationToken))
        {
            return false;
        }

        LeftoverMounts.Unmount(context, [Directory, RuntimeDirectory], cancellationToken);
        return true;
    }

    internal IReadOnlyList<string> DaemonArguments(string storageDriver)
    {
        var name = "orchestration-" + ShortHash(Directory);
        return
        [
            "--iptables=false",
            "--ip6tables=false",
            "--bridge=none",
            "--storage-driver=" + storageDriver,
            "--data-root=" + DataRoot,
            "--exec-root=" + Path.Combine(RuntimeDirectory, "exec"),
            "--pidfile=" + DaemonPidFile,
            "--host=" + Host,
            // Should a system containerd be running, dockerd uses it: keep this engine's objects apart.
            "--containerd-namespace=" + name,
            "--containerd-plugins-namespace=" + name + "-plugins",
        ];
    }

    private async Task<DockerEngine> ReadyAsync(Daemon daemon, TimeSpan timeout, CancellationToken cancellationToken) =>
        new(DockerEngineKind.Private, Host, await daemon.WaitUntilReadyAsync(timeout, cancellationToken).ConfigureAwait(false));

    private Daemon Daemon(ICakeContext context, string dockerd, IReadOnlyList<string> arguments) => new(new DaemonSpec
    {
        Name = "private Docker engine",
        Executable = dockerd,
        Arguments = arguments,
        PidFile = PidFile,
        LogFile = LogFile,
        Marker = "--pidfile=" + DaemonPidFile,
        Probe = cancellationToken =>
        {
            var (version, error) = EngineProbe.Ask(context, Host, cancellationToken);
            return Task.FromResult(version is not null ? new DaemonProbe(true, version) : new DaemonProbe(false, error));
        },
        NotReadyHint = "Stop it with --target=DockerStop and run again, or set DOCKER_HOST to an engine that runs.",
    });

    private static string? DaemonExecutable(ICakeContext context) =>
        context.Tools.Resolve("dockerd") is { } path ? RealPath(path.FullPath) : null;

    internal static string RealPath(string path) => File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;

    internal static string ShortHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
}
