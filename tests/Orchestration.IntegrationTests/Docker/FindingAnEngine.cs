using Cake.Core;
using Orchestration.Docker;
using Orchestration.IntegrationTests.Docker.Support;
using Orchestration.IntegrationTests.Support;
using Orchestration.MachineServices.Engine;

namespace Orchestration.IntegrationTests.Docker;

[Collection(DockerEngineTests.Name)]
public sealed class FindingAnEngine(DockerEngineFixture fixture)
{
    [Fact]
    public async Task A_DOCKER_HOST_where_no_engine_answers_is_a_configuration_error_that_names_it_and_says_what_to_do()
    {
        using var work = new TemporaryDirectory();
        var host = "unix://" + work.Combine("no-engine.sock");

        var failure = await Assert.ThrowsAsync<CakeException>(() => DockerEngines.ConnectAsync(fixture.Context, host, work.Path, CancellationToken.None));

        Assert.Equal(2, failure.ExitCode);
        Assert.StartsWith($"No Docker engine answers at DOCKER_HOST={host}: ", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Start that engine, point DOCKER_HOST at one that runs, or unset DOCKER_HOST", failure.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(work.Combine("docker")), "nothing may be started when DOCKER_HOST is set");
    }

    [Fact]
    public async Task A_DOCKER_HOST_that_answers_is_used_as_it_is()
    {
        using var work = new TemporaryDirectory();

        var engine = await DockerEngines.ConnectAsync(fixture.Context, fixture.Host, work.Path, CancellationToken.None);

        Assert.Equal(new DockerEngine(DockerEngineKind.FromEnvironment, fixture.Host, fixture.DockerEngine.Version), engine);
    }

    [Fact]
    public async Task A_running_private_engine_is_reused_not_started_again()
    {
        var before = fixture.Engine.RunningPid(fixture.Context);

        var engine = await new PrivateDockerEngine(fixture.Engine.Directory).StartAsync(fixture.Context, TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.NotNull(before);
        Assert.Equal(before, fixture.Engine.RunningPid(fixture.Context));
        Assert.Equal(DockerEngineKind.Private, engine.Kind);
    }

    [Fact]
    public async Task Stopping_leaves_alone_an_engine_this_workspace_did_not_start()
    {
        using var work = new TemporaryDirectory();
        var stranger = WorkspaceDockerServices.Engine(work.Path);
        Directory.CreateDirectory(stranger.Directory);
        File.Copy(fixture.Engine.PidFile, stranger.PidFile); // the pid of a dockerd, but not this workspace's

        WorkspaceDockerServices.Stop(fixture.Context, work.Path, CancellationToken.None);

        Assert.Null(stranger.RunningPid(fixture.Context));
        Assert.NotNull(fixture.Engine.RunningPid(fixture.Context));
        Assert.NotNull((await DockerEngines.ConnectAsync(fixture.Context, fixture.Host, work.Path, CancellationToken.None)).Version);
    }
}
