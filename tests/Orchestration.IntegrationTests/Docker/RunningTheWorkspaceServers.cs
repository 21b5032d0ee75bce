using Orchestration.Docker;
using Orchestration.IntegrationTests.Docker.Support;
using Orchestration.MachineServices.Engine;
using Orchestration.Tools.Docker;
using Orchestration.Tools.Docker.Import;
using Orchestration.Tools.Docker.Inspect;

namespace Orchestration.IntegrationTests.Docker;

/// <summary>The private engine and registry a build starts under .work/: they outlive it, come back, and stop cleanly.</summary>
[Collection(DockerEngineTests.Name)]
public sealed class RunningTheWorkspaceServers(DockerEngineFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_registry_started_again_keeps_its_port_so_image_references_stay_valid()
    {
        var work = fixture.NewFolder("work");
        var registry = WorkspaceDockerServices.Registry(work);
        try
        {
            var first = await registry.StartAsync(fixture.Context, Timeout, CancellationToken.None);
            registry.Stop(fixture.Context, Timeout, CancellationToken.None);

            var second = await registry.StartAsync(fixture.Context, Timeout, CancellationToken.None);

            Assert.Equal(first, second);
        }
        finally
        {
            WorkspaceDockerServices.Stop(fixture.Context, work, CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_stopped_private_engine_comes_back_with_its_images_and_leaves_nothing_mounted_when_stopped()
    {
        var work = fixture.NewFolder("work");
        var engine = WorkspaceDockerServices.Engine(work);
        try
        {
            var started = await engine.StartAsync(fixture.Context, Timeout, CancellationToken.None);
            var imageId = fixture.Context.DockerImport(new DockerImageImportSettings().WithDockerHost(started.Host), EmptyTarball(work), "orchestration-test/empty:1", CancellationToken.None);
            WorkspaceDockerServices.Stop(fixture.Context, work, CancellationToken.None);
            Assert.Null(engine.RunningPid(fixture.Context));

            var again = await DockerEngines.ReconnectAsync(fixture.Context, started.Host, dockerHost: null, work, CancellationToken.None);

            Assert.Equal(started.Host, again.Host);
            Assert.NotNull(engine.RunningPid(fixture.Context));
            Assert.Equal(imageId, fixture.Context.DockerImageInspect(new DockerInspectSettings().WithDockerHost(again.Host), "orchestration-test/empty:1", CancellationToken.None)?.Id);
        }
        finally
        {
            WorkspaceDockerServices.Stop(fixture.Context, work, CancellationToken.None);
        }

        Assert.DoesNotContain(File.ReadAllLines("/proc/self/mountinfo"), line => line.Contains(work, StringComparison.Ordinal));
    }

    private static string EmptyTarball(string folder)
    {
        var tarball = Path.Combine(folder, "empty.tar");
        File.WriteAllBytes(tarball, new byte[10240]); // two zero blocks: an empty tar archive
        return tarball;
    }
}
