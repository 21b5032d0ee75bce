using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Cake.Common.Diagnostics;
using Cake.Core;
using Orchestration.MachineServices.Daemons;
using Orchestration.MachineServices.Engine;

namespace Orchestration.MachineServices.Registry;

/// <summary>
/// A private image registry (<c>docker-registry serve</c>) on 127.0.0.1, kept in one folder (config,
/// storage, pid file, log). Started detached, found again and reused, stopped by DockerStop. Loopback
/// registries need no TLS: Docker trusts 127.0.0.0/8 as an insecure registry by default.
/// </summary>
public sealed partial class LocalRegistry(string directory, LocalRegistryOptions? options = null)
{
    private readonly LocalRegistryOptions options = options ?? new LocalRegistryOptions();

    public string Directory { get; } = Path.GetFullPath(directory);

    public string ConfigFile => Path.Combine(Directory, "config.yml");

    public string PidFile => Path.Combine(Directory, "registry.pid");

    public string LogFile => Path.Combine(Directory, "registry.log");

    public string StorageDirectory => Path.Combine(Directory, "storage");

    /// <summary>The pid of this registry when it runs; null otherwise.</summary>
    public int? RunningPid(ICakeContext context) => Executable(context) is { } program ? Daemon(program, address: null).RunningPid() : null;

    /// <summary>Starts the registry, or reuses it when it already runs; returns its address, <c>127.0.0.1:PORT</c>.</summary>
    public async Task<string> StartAsync(ICakeContext context, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (RunningPid(context) is { } pid && ConfiguredAddress() is { } running)
        {
            context.Information("Reusing the private registry of this workspace at {0} (pid {1}).", running, pid);
            return await Daemon(Executable(context)!, running).WaitUntilReadyAsync(timeout, cancellationToken).ConfigureAwait(false);
        }

        var program = Executable(context)
            ?? throw new InvalidOperationException("docker-registry was not found on PATH: install it (apt-get install -y docker-registry).");
        System.IO.Directory.CreateDirectory(StorageDirectory);
        // Keep the port of an earlier start when it is free: image references that name it stay valid.
        var port = options.Port ?? (ConfiguredAddress() is { } earlier && PortIsFree(PortOf(earlier)) ? PortOf(earlier) : FreePort());
        File.WriteAllText(ConfigFile, RegistryConfiguration.Render(port, StorageDirectory, options));
        var address = string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{port}");
        context.Information("Starting a private registry at {0} (storage {1}). Stop it with --target=DockerStop.", address, StorageDirectory);
        var daemon = Daemon(program, address);
        daemon.Start(context, cancellationToken);
        return await daemon.WaitUntilReadyAsync(timeout, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops the registry if it runs; returns whether it did.</summary>
    public bool Stop(ICakeContext context, TimeSpan grace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Executable(context) is { } program && Daemon(program, address: null).Stop(context, grace, cancellationToken);
    }

    private Daemon Daemon(string program, string? address) => new(new DaemonSpec
    {
        Name = "private registry",
        Executable = program,
        Arguments = ["serve", ConfigFile],
        PidFile = PidFile,
        LogFile = LogFile,
        Marker = ConfigFile,
        Probe = cancellationToken => ProbeAsync(address, cancellationToken),
    });

    /// <summary>Ready when <c>/v2/</c> answers 200, or 401 when it asks for a login: either way it serves the registry API.</summary>
    private static async Task<DaemonProbe> ProbeAsync(string? address, CancellationToken cancellationToken)
    {
        if (address is null)
        {
            return new DaemonProbe(false, "no address configured");
        }

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        try
        {
            using var response = await client.GetAsync(new Uri($"http://{address}/v2/"), cancellationToken).ConfigureAwait(false);
            return response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Unauthorized
                ? new DaemonProbe(true, address)
                : new DaemonProbe(false, $"http://{address}/v2/ answered {(int)response.StatusCode}");
        }
        catch (HttpRequestException failure)
        {
            return new DaemonProbe(false, $"http://{address}/v2/: {failure.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new DaemonProbe(false, $"http://{address}/v2/ did not answer within 2 s");
        }
    }

    private string? ConfiguredAddress() =>
        File.Exists(ConfigFile) && AddressLine().Match(File.ReadAllText(ConfigFile)) is { Success: true } match ? match.Groups[1].Value : null;

    private static int PortOf(string address) => int.Parse(address[(address.LastIndexOf(':') + 1)..], CultureInfo.InvariantCulture);

    private static bool PortIsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? Executable(ICakeContext context) =>
        context.Tools.Resolve("docker-registry") is { } path ? PrivateDockerEngine.RealPath(path.FullPath) : null;

    [GeneratedRegex(@"^  addr: (127\.0\.0\.1:\d+)$", RegexOptions.Multiline)]
    private static partial Regex AddressLine();
}
