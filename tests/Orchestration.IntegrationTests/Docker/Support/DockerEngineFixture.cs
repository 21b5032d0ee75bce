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
public sealed class DockerEngineFixture : IDisposable
{
    public const string BusyboxImage = "orchestration-test/busybox:1";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly TemporaryDirectory folder = new("orchestration-docker");

    public DockerEngineFixture()
    {
        Context = RealContext.Create();
        SystemPackages.Require(Context, "The Docker integration tests", "docker.io", "docker-registry", "busybox-static", "apache2-utils");
        Engine = new PrivateDockerEngine(folder.Combine("engine"));
        Registry = new LocalRegistry(folder.Combine("registry"));
        try
        {
            DockerEngine = Engine.Start(Context, StartTimeout);
            RegistryAddress = Registry.Start(Context, StartTimeout);
            BuildBusyboxImage();
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public ICakeContext Context { get; }

    public PrivateDockerEngine Engine { get; }

    public DockerEngine DockerEngine { get; } = null!;

    public LocalRegistry Registry { get; }

    /// <summary><c>127.0.0.1:PORT</c>.</summary>
    public string RegistryAddress { get; } = null!;

    public string Host => Engine.Host;

    /// <summary>A folder of this run, deleted at the end.</summary>
    public string NewFolder(string name)
    {
        var path = folder.Combine("work", name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        return path;
    }

    internal DockerCli Cli(ICakeContext? context = null) => new(context ?? Context, Host);

    public void Dispose()
    {
        Registry.Stop(Context, TimeSpan.FromSeconds(10));
        Engine.Stop(Context, TimeSpan.FromSeconds(30));
        folder.Dispose();
    }

    private void BuildBusyboxImage()
    {
        var buildContext = folder.Combine("busybox");
        Directory.CreateDirectory(buildContext);
        File.Copy(DockerAssets.Path("busybox/Dockerfile"), Path.Combine(buildContext, "Dockerfile"));
        File.Copy("/bin/busybox", Path.Combine(buildContext, "busybox"));
        Context.DockerBuild(new DockerImageBuildSettings { Tag = [BusyboxImage] }.WithDockerHost(Host), buildContext);
    }
}
