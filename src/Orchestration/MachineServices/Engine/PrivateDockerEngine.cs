using System.Security.Cryptography;
using System.Text;
using Cake.Common.Diagnostics;
using Cake.Core;
using Orchestration.MachineServices.Daemons;
using Orchestration.Tools.Mount;
using Orchestration.Tools.StartStopDaemon;

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
    public int? RunningPid(ICakeContext context) =>
        DaemonExecutable(context) is { } dockerd ? DaemonProcess.RunningPid(PidFile, dockerd, "--pidfile=" + DaemonPidFile) : null;

    /// <summary>Starts the engine, or reuses it when it already runs; waits until it answers.</summary>
    public DockerEngine Start(ICakeContext context, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (RunningPid(context) is { } pid)
        {
            context.Information("Reusing the private Docker engine of this workspace (dockerd pid {0}, {1}).", pid, Host);
            return WaitUntilReady(context, timeout);
        }

        var dockerd = DaemonExecutable(context)
            ?? throw new InvalidOperationException("dockerd was not found on PATH: install docker.io (apt-get install -y docker.io).");
        System.IO.Directory.CreateDirectory(Directory);
        System.IO.Directory.CreateDirectory(RuntimeDirectory);
        File.Delete(PidFile); // not ours (see RunningPid): start-stop-daemon must not mistake it for this engine
        LeftoverMounts.Unmount(context, Directory, RuntimeDirectory);
        var storageDriver = StorageDriver.Choose(context, DataRoot);
        context.Information(
            "Starting a private Docker engine for this workspace: {0}, storage driver {1} (log {2}). Stop it with --target=DockerStop.",
            Host, storageDriver, LogFile);
        new StartStopDaemon(context).Start(new StartStopDaemonSettings(), dockerd, DaemonArguments(storageDriver), PidFile, LogFile, makePidFile: true);
        return WaitUntilReady(context, timeout);
    }

    /// <summary>Stops this engine (and the containers it runs) if it runs; returns whether it did.</summary>
    public bool Stop(ICakeContext context, TimeSpan grace)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (RunningPid(context) is not { } pid)
        {
            return false;
        }

        context.Information("Stopping the private Docker engine of this workspace (dockerd pid {0}).", pid);
        new StartStopDaemon(context).Stop(new StartStopDaemonSettings(), PidFile, DaemonExecutable(context)!, grace);
        LeftoverMounts.Unmount(context, Directory, RuntimeDirectory);
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

    private DockerEngine WaitUntilReady(ICakeContext context, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var (version, error) = EngineProbe.Ask(context, Host);
            if (version is not null)
            {
                return new DockerEngine(DockerEngineKind.Private, Host, version);
            }

            if (DateTime.UtcNow >= deadline || DaemonProcess.HasExited(PidFile))
            {
                throw new InvalidOperationException(
                    $"The private Docker engine did not answer at {Host} within {timeout.TotalSeconds:0} s ({error}).\n"
                    + $"Its log, {LogFile}, ends with:\n  " + string.Join("\n  ", LogTail())
                    + "\nStop it with --target=DockerStop and run again, or set DOCKER_HOST to an engine that runs.");
            }

            Thread.Sleep(TimeSpan.FromMilliseconds(500));
        }
    }

    private IEnumerable<string> LogTail() =>
        File.Exists(LogFile) ? File.ReadLines(LogFile).TakeLast(15) : ["(no log)"];

    private static string? DaemonExecutable(ICakeContext context) =>
        context.Tools.Resolve("dockerd") is { } path ? RealPath(path.FullPath) : null;

    internal static string RealPath(string path) => File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;

    internal static string ShortHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
}
