using Cake.Core;
using Orchestration.Checkout;
using Orchestration.Configuration;
using Orchestration.Docker;
using Orchestration.Docker.Image;
using Orchestration.MachineServices.Engine;
using Orchestration.Pipeline;
using Orchestration.Publishing;
using Orchestration.Tests.Fakes;

namespace Orchestration.Tests.Docker;

public sealed class CheckingTheModelBeforeBuilding : IDisposable
{
    private static readonly ModelIdentity Identity = new("salary-regression", 2, 7);
    private static readonly DockerEngine Engine = new(DockerEngineKind.System, null, "28.2");
    private readonly ToolFixture fixture = new();
    private readonly string root = Directory.CreateTempSubdirectory("orchestration-docker-stage-").FullName;
    private readonly string model;
    private readonly string modelSha256;

    public CheckingTheModelBeforeBuilding()
    {
        Directory.CreateDirectory(Path.Combine(root, "project"));
        File.WriteAllText(Path.Combine(root, "project", "Dockerfile"), "FROM scratch\n");
        model = Path.Combine(root, "published.joblib");
        File.WriteAllText(model, "the published model");
        modelSha256 = Sha256.OfFile(model);
    }

    [Fact]
    public async Task A_model_file_without_the_expected_checksum_is_refused_before_docker_runs()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(
            () => new ServingImageBuilder(fixture.Context).BuildAsync(Request() with { ModelSha256 = new string('0', 64) }, Engine, Path.Combine(root, "ctx"), CancellationToken.None));

        Assert.StartsWith($"The model to bake into the image ({model}) has SHA-256 {modelSha256}, but Publish recorded {new string('0', 64)}", failure.Message, StringComparison.Ordinal);
        Assert.Empty(fixture.Runner.Calls);
    }

    [Fact]
    public async Task A_missing_Dockerfile_is_a_configuration_error_naming_the_path()
    {
        var failure = await Assert.ThrowsAsync<CakeException>(
            () => new ServingImageBuilder(fixture.Context).BuildAsync(Request() with { Dockerfile = "docker/Dockerfile" }, Engine, Path.Combine(root, "ctx"), CancellationToken.None));

        Assert.Equal(2, failure.ExitCode);
        Assert.StartsWith(Path.Combine(root, "project", "docker", "Dockerfile") + ": the model project has no Dockerfile there.", failure.Message, StringComparison.Ordinal);
        Assert.Empty(fixture.Runner.Calls);
    }

    [Fact]
    public async Task A_feed_whose_provenance_disagrees_with_the_publication_is_refused()
    {
        var resolver = new FixedResolver(new ResolvedModel(model, model, new string('f', 64)));

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(
            () => DockerBuildStage.RunAsync(fixture.Context, resolver, Inputs(), CancellationToken.None));

        Assert.StartsWith($"The feed's salary-regression.2.7 has SHA-256 {new string('f', 64)} by its provenance, but Publish recorded {modelSha256}", failure.Message, StringComparison.Ordinal);
        Assert.Empty(fixture.Runner.Calls);
    }

    [Fact]
    public async Task A_resolved_file_that_is_not_the_published_model_is_refused()
    {
        var other = Path.Combine(root, "other.joblib");
        File.WriteAllText(other, "a different model");
        var resolver = new FixedResolver(new ResolvedModel(other, other, modelSha256));

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(
            () => DockerBuildStage.RunAsync(fixture.Context, resolver, Inputs(), CancellationToken.None));

        Assert.StartsWith($"The model resolved from the feed ({other}) has SHA-256 ", failure.Message, StringComparison.Ordinal);
        Assert.Empty(fixture.Runner.Calls);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private ServingImageRequest Request() => new()
    {
        Identity = Identity,
        ProjectDirectory = Path.Combine(root, "project"),
        ModelFile = model,
        ModelSha256 = modelSha256,
        Commit = new string('a', 40),
        Source = "https://git.example.com/ml.git",
        Created = new DateTimeOffset(2024, 6, 1, 12, 30, 0, TimeSpan.Zero),
    };

    private DockerBuildInputs Inputs() => new()
    {
        Checkout = new CheckoutRecord
        {
            Repository = "https://git.example.com/ml.git",
            Ref = "main",
            Commit = new string('a', 40),
            IsDirty = false,
            SourceDirectory = root,
            ProjectPath = "project",
        },
        Model = new ModelConfiguration
        {
            Identity = Identity,
            Notebook = "train.ipynb",
            ModelPath = "models/m.joblib",
            Environment = "requirements.txt",
            Parameters = [],
        },
        Publication = new PublicationRecord
        {
            Identity = Identity,
            Feed = "/feed",
            FeedType = ModelFeedType.NuGet,
            AlreadyPublished = false,
            ModelSha256 = modelSha256,
            PublishedAt = DateTimeOffset.UnixEpoch,
        },
        Engine = Engine,
        WorkDirectory = Path.Combine(root, ".work"),
        BaseImage = "python:3.11-slim",
    };

    private sealed class FixedResolver(ResolvedModel resolved) : IModelResolver
    {
        public Task<ResolvedModel> ResolveAsync(ModelIdentity identity, string destinationDirectory, CancellationToken cancellationToken) => Task.FromResult(resolved);
    }
}
