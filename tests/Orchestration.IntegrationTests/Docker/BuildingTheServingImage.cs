using Orchestration.Docker;
using Orchestration.Docker.Image;
using Orchestration.IntegrationTests.Docker.Support;
using Orchestration.MachineServices.Engine;
using Orchestration.Pipeline;
using Orchestration.Tooling;
using Orchestration.Tools.Docker;
using Orchestration.Tools.Docker.Inspect;

namespace Orchestration.IntegrationTests.Docker;

[Collection(DockerEngineTests.Name)]
public sealed class BuildingTheServingImage(DockerEngineFixture fixture)
{
    [Fact]
    public async Task The_image_has_the_immutable_and_the_moving_tag_and_the_OCI_model_and_inputs_labels()
    {
        var project = new ServingProject(fixture);

        var record = await new ServingImageBuilder(fixture.Context).BuildAsync(project.Request(), fixture.DockerEngine, project.ContextRoot, CancellationToken.None);

        var image = fixture.Context.DockerImageInspect(new DockerInspectSettings().WithDockerHost(fixture.Host), record.ImageId, CancellationToken.None)!;
        var name = project.Identity.Name;
        Assert.Equal([$"{name}:3.7-{record.Inputs![7..19]}", $"{name}:3.7"], record.Tags);
        Assert.Equal(record.Tags.Order(StringComparer.Ordinal), image.RepoTags.Order(StringComparer.Ordinal));
        Assert.Equal(name, image.Labels["org.opencontainers.image.title"]);
        Assert.Equal("3.7", image.Labels["org.opencontainers.image.version"]);
        Assert.Equal(project.Commit, image.Labels["org.opencontainers.image.revision"]);
        Assert.Equal("https://git.example.com/models/test-model.git", image.Labels["org.opencontainers.image.source"]);
        Assert.Equal("2024-06-01T12:30:00Z", image.Labels["org.opencontainers.image.created"]);
        Assert.Equal($"{name}.3.7", image.Labels["org.orchestration.model.identity"]);
        Assert.Equal("3", image.Labels["org.orchestration.model.data-version"]);
        Assert.Equal("7", image.Labels["org.orchestration.model.model-version"]);
        Assert.Equal(project.ModelSha256, image.Labels["org.orchestration.model.sha256"]);
        Assert.Equal(record.Inputs, image.Labels["org.orchestration.image.inputs"]);
        Assert.Equal(fixture.Host, record.DockerHost);
    }

    [Fact]
    public async Task The_model_inside_the_image_is_the_published_one()
    {
        var project = new ServingProject(fixture);
        var record = await new ServingImageBuilder(fixture.Context).BuildAsync(project.Request(), fixture.DockerEngine, project.ContextRoot, CancellationToken.None);
        var copied = Path.Combine(fixture.NewFolder("copied"), "model.joblib");

        var container = fixture.Cli().Run("create", record.ImageId).StandardOutput[^1];
        try
        {
            fixture.Cli().Run("cp", container + ":/opt/ml/model/model.joblib", copied);
        }
        finally
        {
            fixture.Cli().Run("rm", container);
        }

        Assert.Equal(project.ModelSha256, Sha256.OfFile(copied));
        Assert.Equal(project.ModelSha256, record.ModelSha256);
    }

    [Fact]
    public async Task A_failing_Dockerfile_reports_the_failing_step_and_its_output()
    {
        var project = new ServingProject(fixture, "failing-project");

        var failure = await Assert.ThrowsAsync<ToolFailedException>(
            () => new ServingImageBuilder(fixture.Context).BuildAsync(project.Request(), fixture.DockerEngine, project.ContextRoot, CancellationToken.None));

        var lines = failure.Message.Split('\n');
        Assert.StartsWith("docker build failed at Step 4/", lines[0], StringComparison.Ordinal);
        Assert.Contains(": RUN echo \"checking the model folder\" && ls /opt/ml/model", lines[0], StringComparison.Ordinal);
        Assert.Contains("  checking the model folder", lines);
        Assert.Contains("  ls: /opt/ml/model: No such file or directory", lines);
        Assert.DoesNotContain(lines, line => line.Contains("preparing the model folder", StringComparison.Ordinal));
        Assert.DoesNotContain("  not reached", lines);
    }
}
