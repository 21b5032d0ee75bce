using Orchestration.Checkout;
using Orchestration.Configuration;
using Orchestration.Docker;
using Orchestration.IntegrationTests.Docker.Support;
using Orchestration.MachineServices.Engine;
using Orchestration.Pipeline;
using Orchestration.Publishing;

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

        var record = await DockerBuildStage.RunAsync(fixture.Context, new FeedStandIn(project.ModelFile), inputs, CancellationToken.None);

        Assert.Equal(project.ModelSha256, record.ModelSha256);
        Assert.Equal(DockerEngineFixture.BusyboxImage, record.BaseImage);
        Assert.Equal(project.ModelSha256, record.Labels["org.orchestration.model.sha256"]);
        var inContext = Path.Combine(work, "docker-context", project.Identity.ToString());
        Assert.Equal(project.ModelSha256, Sha256.OfFile(Path.Combine(inContext, "model", project.Identity + ".joblib")));
        Assert.False(Directory.Exists(Path.Combine(inContext, "models")));
        Assert.False(Directory.Exists(Path.Combine(inContext, "data")));
    }

    private DockerBuildInputs Inputs(ServingProject project, string work) => new()
    {
        Checkout = new CheckoutRecord
        {
            Repository = "https://git.example.com/models/test-model.git",
            Ref = "main",
            Commit = project.Commit,
            IsDirty = false,
            SourceDirectory = Path.GetDirectoryName(project.ProjectDirectory)!,
            ProjectPath = Path.GetFileName(project.ProjectDirectory),
        },
        Model = new ModelConfiguration
        {
            Identity = project.Identity,
            Notebook = "train.ipynb",
            ModelPath = "models/model.joblib",
            Environment = "requirements.txt",
            Parameters = [],
        },
        Publication = new PublicationRecord
        {
            Identity = project.Identity.ToString(),
            Feed = "/feeds/test",
            FeedType = "nuget",
            AlreadyPublished = false,
            ModelSha256 = project.ModelSha256,
            PublishedAt = DateTimeOffset.UtcNow,
        },
        Engine = fixture.DockerEngine,
        WorkDirectory = work,
        BaseImage = DockerEngineFixture.BusyboxImage,
    };

    /// <summary>Stands in for the Publish stage's resolver: "downloads" the published file into the destination.</summary>
    private sealed class FeedStandIn(string publishedModel) : IModelResolver
    {
        public Task<ResolvedModel> ResolveAsync(ModelIdentity identity, string destinationDirectory, CancellationToken cancellationToken)
        {
            var file = Path.Combine(destinationDirectory, identity + ".joblib");
            File.Copy(publishedModel, file);
            File.WriteAllText(Path.Combine(destinationDirectory, "provenance.json"), "{}");
            return Task.FromResult(new ResolvedModel(file, Path.Combine(destinationDirectory, "provenance.json"), Sha256.OfFile(file)));
        }
    }
}
