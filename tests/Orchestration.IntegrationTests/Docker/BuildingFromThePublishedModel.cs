using Orchestration.Docker;
using Orchestration.IntegrationTests.Docker.Support;
using Orchestration.MachineServices.Engine;
using Orchestration.Pipeline;

namespace Orchestration.IntegrationTests.Docker;

[Collection(DockerEngineTests.Name)]
public sealed class BuildingFromThePublishedModel(DockerEngineFixture fixture)
{
    [Fact]
    public async Task The_stage_bakes_in_the_model_the_feed_gives_not_the_workspace_copy()
    {
        var project = new ServingProject(fixture);
        var work = fixture.NewFolder("work");
        var workspaceCopy = Path.Combine(project.ProjectDirectory, "models", project.Identity + ".joblib");
        Directory.CreateDirectory(Path.GetDirectoryName(workspaceCopy)!);
        File.WriteAllText(workspaceCopy, "a model trained after publishing");
        var inputs = Inputs(project, work);

        var record = await DockerBuildStage.RunAsync(fixture.Context, new FeedStandIn(project), inputs, CancellationToken.None);

        Assert.Equal(project.ModelSha256, record.ModelSha256);
        Assert.Equal(DockerEngineFixture.BusyboxImage, record.BaseImage);
        Assert.Equal(project.ModelSha256, record.Labels["org.orchestration.model.sha256"]);
        var inContext = Path.Combine(work, "docker-context", project.Identity.ToString());
        Assert.Equal(project.ModelSha256, Sha256.OfFile(Path.Combine(inContext, "model", project.Identity + ".joblib")));
        Assert.False(Directory.Exists(Path.Combine(inContext, "models")));
        Assert.False(Directory.Exists(Path.Combine(inContext, "data")));
    }

    private DockerBuildInputs Inputs(ServingProject project, string work) => project.StageInputs(fixture, work);
}
