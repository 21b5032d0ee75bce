using Orchestration.Docker;
using Orchestration.IntegrationTests.Docker.Support;
using Orchestration.Tools.Docker;
using Orchestration.Tools.Docker.Inspect;

namespace Orchestration.IntegrationTests.Docker;

/// <summary>
/// DockerBuild on the real engine, counting the images it builds: the same inputs are built once and keep
/// their image ID; a changed Dockerfile builds once more under a new tag, and the old tag stays where it was.
/// </summary>
[Collection(DockerEngineTests.Name)]
public sealed class BuildingOnlyWhatChanged(DockerEngineFixture fixture)
{
    [Fact]
    public async Task The_same_inputs_are_built_once_and_give_the_same_image_ID_on_every_run()
    {
        var project = new ServingProject(fixture);
        var work = fixture.NewFolder("work");
        var first = await DockerBuildStage.RunAsync(fixture.Context, new FeedStandIn(project), project.StageInputs(fixture, work), CancellationToken.None);
        File.SetLastWriteTimeUtc(Path.Combine(project.ProjectDirectory, "serve.sh"), DateTime.UtcNow.AddHours(1));
        var log = new CapturingLog();

        var second = await DockerBuildStage.RunAsync(DockerTestContext.Create(log), new FeedStandIn(project), project.StageInputs(fixture, work), CancellationToken.None);

        Assert.True(first.Built);
        Assert.False(second.Built);
        Assert.Equal(first.ImageId, second.ImageId);
        Assert.Equal(first.Tags, second.Tags);
        Assert.DoesNotContain("> docker build", log.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("> docker tag", log.Text, StringComparison.Ordinal);
        Assert.Contains($"DockerBuild: reused {first.Tags[0]}", log.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reused_image_takes_the_version_tag_back_from_a_later_image()
    {
        var project = new ServingProject(fixture);
        var work = fixture.NewFolder("work");
        var dockerfile = Path.Combine(project.ProjectDirectory, "Dockerfile");
        var original = File.ReadAllText(dockerfile);
        var first = await DockerBuildStage.RunAsync(fixture.Context, new FeedStandIn(project), project.StageInputs(fixture, work), CancellationToken.None);
        File.AppendAllText(dockerfile, "\nENV SERVING_FIX=1\n");
        await DockerBuildStage.RunAsync(fixture.Context, new FeedStandIn(project), project.StageInputs(fixture, work), CancellationToken.None);
        File.WriteAllText(dockerfile, original);
        var log = new CapturingLog();

        var reverted = await DockerBuildStage.RunAsync(DockerTestContext.Create(log), new FeedStandIn(project), project.StageInputs(fixture, work), CancellationToken.None);

        Assert.False(reverted.Built);
        Assert.Equal(first.ImageId, reverted.ImageId);
        Assert.Contains("> docker tag", log.Text, StringComparison.Ordinal);
        Assert.Equal(first.ImageId, Inspect($"{project.Identity.Name}:3.7").Id);
    }

    [Fact]
    public async Task A_changed_Dockerfile_builds_a_new_image_under_a_new_tag_and_the_old_tag_keeps_its_image()
    {
        var project = new ServingProject(fixture);
        var work = fixture.NewFolder("work");
        var first = await DockerBuildStage.RunAsync(fixture.Context, new FeedStandIn(project), project.StageInputs(fixture, work), CancellationToken.None);
        File.AppendAllText(Path.Combine(project.ProjectDirectory, "Dockerfile"), "\nENV SERVING_FIX=1\n");

        var second = await DockerBuildStage.RunAsync(fixture.Context, new FeedStandIn(project), project.StageInputs(fixture, work), CancellationToken.None);

        Assert.True(second.Built);
        Assert.NotEqual(first.ImageId, second.ImageId);
        Assert.NotEqual(first.Tags[0], second.Tags[0]);
        Assert.StartsWith($"{project.Identity.Name}:3.7-", second.Tags[0], StringComparison.Ordinal);
        Assert.Equal(first.ImageId, Inspect(first.Tags[0]).Id);
        Assert.Equal(second.ImageId, Inspect($"{project.Identity.Name}:3.7").Id);
    }

    [Fact]
    public async Task An_image_of_the_same_inputs_in_the_registry_is_pulled_instead_of_built()
    {
        var project = new ServingProject(fixture);
        var built = await DockerBuildStage.RunAsync(fixture.Context, new FeedStandIn(project), project.StageInputs(fixture, fixture.NewFolder("work")), CancellationToken.None);
        var pushed = await DockerPushStage.RunAsync(fixture.Context, new DockerPushInputs { Image = built, Registry = fixture.RegistryAddress, Engine = fixture.DockerEngine, WorkDirectory = fixture.NewFolder("work") }, CancellationToken.None);
        fixture.Cli().Run(["rmi", "--force", .. built.Tags, .. pushed.PushedTags]);
        var log = new CapturingLog();

        var pulled = await DockerBuildStage.RunAsync(
            DockerTestContext.Create(log), new FeedStandIn(project), project.StageInputs(fixture, fixture.NewFolder("another-agent")) with { Registry = fixture.RegistryAddress }, CancellationToken.None);

        Assert.False(pulled.Built);
        Assert.Equal(built.ImageId, pulled.ImageId);
        Assert.Equal(built.Tags, pulled.Tags);
        Assert.DoesNotContain("> docker build", log.Text, StringComparison.Ordinal);
        Assert.Contains("> docker pull", log.Text, StringComparison.Ordinal);
    }

    private DockerImageDetails Inspect(string reference) =>
        fixture.Context.DockerImageInspect(new DockerInspectSettings().WithDockerHost(fixture.Host), reference, CancellationToken.None)!;
}
