using Orchestration.Docker;
using Orchestration.Docker.Image;
using Orchestration.Docker.Registry;
using Orchestration.IntegrationTests.Docker.Support;
using Orchestration.MachineServices.Engine;
using Orchestration.MachineServices.Registry;
using Orchestration.Tools.Docker;
using Orchestration.Tools.Docker.Inspect;

namespace Orchestration.IntegrationTests.Docker;

[Collection(DockerEngineTests.Name)]
public sealed class PushingToARegistry(DockerEngineFixture fixture)
{
    private static readonly TimeSpan RegistryStart = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_immutable_tag_is_pushed_and_the_image_pulls_back_by_its_digest_with_the_model_label()
    {
        var project = new ServingProject(fixture);
        var built = await new ServingImageBuilder(fixture.Context).BuildAsync(project.Request(), fixture.DockerEngine, project.ContextRoot, CancellationToken.None);

        var pushed = await DockerPushStage.RunAsync(fixture.Context, Inputs(built, fixture.RegistryAddress + "/team"), CancellationToken.None);

        var name = project.Identity.Name;
        var repository = $"{fixture.RegistryAddress}/team/{name}";
        Assert.Equal([$"{fixture.RegistryAddress}/team/{built.Tags[0]}"], pushed.PushedTags);
        Assert.StartsWith($"{repository}:3.7-", pushed.PushedTags[0], StringComparison.Ordinal);
        Assert.Equal(fixture.RegistryAddress + "/team", pushed.Registry);
        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(repository)}@sha256:[0-9a-f]{{64}}$", pushed.PushedDigest);

        fixture.Cli().Run("rmi", "--force", built.ImageId);
        fixture.Cli().Run("pull", pushed.PushedDigest!);
        var pulled = fixture.Context.DockerImageInspect(new DockerInspectSettings().WithDockerHost(fixture.Host), pushed.PushedDigest!, CancellationToken.None)!;
        Assert.Equal(built.ImageId, pulled.Id);
        Assert.Equal(project.ModelSha256, pulled.Labels["org.orchestration.model.sha256"]);
        Assert.Equal(project.Commit, pulled.Labels["org.opencontainers.image.revision"]);
    }

    [Fact]
    public async Task Pushing_the_same_image_again_pushes_nothing_and_records_the_same_digest()
    {
        var project = new ServingProject(fixture);
        var built = await new ServingImageBuilder(fixture.Context).BuildAsync(project.Request(), fixture.DockerEngine, project.ContextRoot, CancellationToken.None);
        var first = await DockerPushStage.RunAsync(fixture.Context, Inputs(built, fixture.RegistryAddress), CancellationToken.None);
        var log = new CapturingLog();

        var second = await DockerPushStage.RunAsync(DockerTestContext.Create(log), Inputs(built, fixture.RegistryAddress), CancellationToken.None);

        Assert.Equal(first.PushedDigest, second.PushedDigest);
        Assert.Contains("DockerPush: skipped", log.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("> docker push", log.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_embedded_registry_is_started_under_the_workspace_and_used()
    {
        var project = new ServingProject(fixture);
        var built = await new ServingImageBuilder(fixture.Context).BuildAsync(project.Request(), fixture.DockerEngine, project.ContextRoot, CancellationToken.None);
        var work = fixture.NewFolder("work");
        try
        {
            var pushed = await DockerPushStage.RunAsync(fixture.Context, Inputs(built, DockerPushStage.EmbeddedRegistry) with { WorkDirectory = work }, CancellationToken.None);

            Assert.StartsWith("127.0.0.1:", pushed.Registry, StringComparison.Ordinal);
            Assert.NotNull(WorkspaceDockerServices.Registry(work).RunningPid(fixture.Context));
            Assert.True(Directory.EnumerateFiles(Path.Combine(work, "registry", "storage"), "*", SearchOption.AllDirectories).Any());
        }
        finally
        {
            WorkspaceDockerServices.Stop(fixture.Context, work, CancellationToken.None);
        }

        Assert.Null(WorkspaceDockerServices.Registry(work).RunningPid(fixture.Context));
    }

    [Fact]
    public async Task A_registry_that_refuses_the_push_fails_the_stage_naming_the_image_and_what_to_check()
    {
        var registry = new LocalRegistry(fixture.NewFolder("read-only-registry"), new LocalRegistryOptions { ReadOnly = true });
        try
        {
            var address = await registry.StartAsync(fixture.Context, RegistryStart, CancellationToken.None);
            var project = new ServingProject(fixture);
            var built = await new ServingImageBuilder(fixture.Context).BuildAsync(project.Request(), fixture.DockerEngine, project.ContextRoot, CancellationToken.None);

            var failure = await Assert.ThrowsAnyAsync<Exception>(() => DockerPushStage.RunAsync(fixture.Context, Inputs(built, address), CancellationToken.None));

            Assert.StartsWith("docker exited with code 1.", failure.Message, StringComparison.Ordinal);
            Assert.Contains($"> docker push \"{address}/{built.Tags[0]}\"", failure.Message, StringComparison.Ordinal);
            Assert.Contains($"The registry did not take {address}/{built.Tags[0]}", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            registry.Stop(fixture.Context, RegistryStart, CancellationToken.None);
        }
    }

    [Fact]
    public async Task Wrong_credentials_fail_the_login_and_the_password_is_in_no_output()
    {
        const string password = "wrong-password-5f3a91";
        var folder = fixture.NewFolder("login-registry");
        var htpasswd = new Htpasswd(fixture.Context).Write(Path.Combine(folder, "htpasswd"), "pusher", "right-password-77c1e0");
        var registry = new LocalRegistry(Path.Combine(folder, "registry"), new LocalRegistryOptions { HtpasswdFile = htpasswd });
        try
        {
            var address = await registry.StartAsync(fixture.Context, RegistryStart, CancellationToken.None);
            var project = new ServingProject(fixture);
            var built = await new ServingImageBuilder(fixture.Context).BuildAsync(project.Request(), fixture.DockerEngine, project.ContextRoot, CancellationToken.None);
            var log = new CapturingLog();

            var failure = await Assert.ThrowsAnyAsync<Exception>(
                () => DockerPushStage.RunAsync(DockerTestContext.Create(log), Inputs(built, address) with { Username = "pusher", Password = password }, CancellationToken.None));

            Assert.Contains("401 Unauthorized", failure.Message, StringComparison.Ordinal);
            Assert.Contains($"Logging in to {address} as pusher failed", failure.Message, StringComparison.Ordinal);
            Assert.Contains("> docker login --username \"pusher\" --password-stdin", log.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(password, failure.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(password, log.Text, StringComparison.Ordinal);
        }
        finally
        {
            registry.Stop(fixture.Context, RegistryStart, CancellationToken.None);
        }
    }

    [Fact]
    public async Task Right_credentials_push_and_leave_no_login_behind()
    {
        const string password = "right-password-0d9e44";
        var folder = fixture.NewFolder("login-registry");
        var htpasswd = new Htpasswd(fixture.Context).Write(Path.Combine(folder, "htpasswd"), "pusher", password);
        var registry = new LocalRegistry(Path.Combine(folder, "registry"), new LocalRegistryOptions { HtpasswdFile = htpasswd });
        var userConfig = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".docker", "config.json");
        var userConfigBefore = File.Exists(userConfig) ? File.ReadAllText(userConfig) : null;
        try
        {
            var address = await registry.StartAsync(fixture.Context, RegistryStart, CancellationToken.None);
            var project = new ServingProject(fixture);
            var built = await new ServingImageBuilder(fixture.Context).BuildAsync(project.Request(), fixture.DockerEngine, project.ContextRoot, CancellationToken.None);
            var log = new CapturingLog();

            var pushed = await DockerPushStage.RunAsync(DockerTestContext.Create(log), Inputs(built, address) with { Username = "pusher", Password = password }, CancellationToken.None);

            Assert.NotNull(pushed.PushedDigest);
            Assert.DoesNotContain(password, log.Text, StringComparison.Ordinal);
            Assert.Empty(Directory.GetDirectories(Path.GetTempPath(), "orchestration-docker-config-*"));
            Assert.Equal(userConfigBefore, File.Exists(userConfig) ? File.ReadAllText(userConfig) : null);
        }
        finally
        {
            registry.Stop(fixture.Context, RegistryStart, CancellationToken.None);
        }
    }

    private DockerPushInputs Inputs(ImageRecord image, string registry) => new()
    {
        Image = image,
        Registry = registry,
        Engine = fixture.DockerEngine,
        WorkDirectory = fixture.NewFolder("work"),
    };
}
