using Cake.Core;
using Orchestration.Docker;
using Orchestration.Docker.Registry;
using Orchestration.IntegrationTests.Support;
using Orchestration.MachineServices.Engine;
using Orchestration.MachineServices.Prerequisites;
using Orchestration.MachineServices.Registry;
using Orchestration.Tools.Docker;
using Orchestration.Tools.Docker.Build;

namespace Orchestration.IntegrationTests.Docker.Support;

[CollectionDefinition(Name)]
public sealed class DockerEngineTests : ICollectionFixture<DockerEngineFixture>
{
    public const string Name = "Docker engine";
}

/// <summary>
/// One private dockerd (vfs, no iptables, no bridge, its own socket) and one registry on a free
/// 127.0.0.1 port for the whole run, both under a temporary folder; stopped and deleted at the end.
/// Also builds the tests' tiny base image, busybox on scratch.
/// </summary>
public sealed class DockerEngineFixture : IAsyncLifetime, IDisposable
{
    public const string BusyboxImage = "orchestration-test/busybox:1";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly TemporaryDirectory folder = new("orchestration-docker");

    public DockerEngineFixture()
    {
        Context = RealContext.Create();
        Engine = new PrivateDockerEngine(folder.Combine("engine"));
        Registry = new LocalRegistry(folder.Combine("registry"));
    }

    public async Task InitializeAsync()
    {
        SystemPackages.Require(Context, "The Docker integration tests", ["docker.io", "docker-registry", "busybox-static", "apache2-utils"], CancellationToken.None);
        try
        {
            DockerEngine = await Engine.StartAsync(Context, StartTimeout, CancellationToken.None);
            RegistryAddress = await Registry.StartAsync(Context, StartTimeout, CancellationToken.None);
            await BuildBusyboxImageAsync();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public ICakeContext Context { get; }

    public PrivateDockerEngine Engine { get; }

    public DockerEngine DockerEngine { get; private set; } = null!;

    public LocalRegistry Registry { get; }

    /// <summary><c>127.0.0.1:PORT</c>.</summary>
    public string RegistryAddress { get; private set; } = null!;

    public string Host => Engine.Host;

    /// <summary>A folder of this run, deleted at the end.</summary>
    public string NewFolder(string name)
    {
        var path = folder.Combine("work", name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        return path;
    }

    internal DockerCli Cli(ICakeContext? context = null) => new(context ?? Context, Host);

    public Task DisposeAsync()
    {
        Registry.Stop(Context, TimeSpan.FromSeconds(10), CancellationToken.None);
        Engine.Stop(Context, TimeSpan.FromSeconds(30), CancellationToken.None);
        return Task.CompletedTask;
    }

    public void Dispose() => folder.Dispose();

    private async Task BuildBusyboxImageAsync()
    {
        var buildContext = folder.Combine("busybox");
        Directory.CreateDirectory(buildContext);
        File.Copy(DockerAssets.Path("busybox/Dockerfile"), Path.Combine(buildContext, "Dockerfile"));
        File.Copy("/bin/busybox", Path.Combine(buildContext, "busybox"));
        await Context.DockerBuildAsync(new DockerImageBuildSettings { Tag = [BusyboxImage] }.WithDockerHost(Host), buildContext, CancellationToken.None);
    }
}
