using System.Security.Cryptography;
using System.Text.Json;
using Orchestration.Checkout;
using Orchestration.Configuration;
using Orchestration.Docker;
using Orchestration.Docker.Image;
using Orchestration.Packaging;
using Orchestration.Pipeline;
using Orchestration.Publishing;

namespace Orchestration.IntegrationTests.Docker.Support;

/// <summary>A copy of a test model project plus a model file with random content, ready to build.</summary>
internal sealed class ServingProject
{
    public ServingProject(DockerEngineFixture fixture, string asset = "serving-project")
    {
        var root = fixture.NewFolder(asset);
        ProjectDirectory = Path.Combine(root, "project");
        CopyDirectory(DockerAssets.Path(asset), ProjectDirectory);
        ModelFile = Path.Combine(root, "published", "model.joblib");
        Directory.CreateDirectory(Path.GetDirectoryName(ModelFile)!);
        File.WriteAllBytes(ModelFile, RandomNumberGenerator.GetBytes(4096));
        ModelSha256 = Sha256.OfFile(ModelFile);
        ContextRoot = Path.Combine(root, "docker-context");

        // A fresh name per test, so that tests never see each other's tags.
        Identity = new ModelIdentity("test-model-" + Guid.NewGuid().ToString("N")[..8], 3, 7);
    }

    public ModelIdentity Identity { get; }

    public string ProjectDirectory { get; }

    public string ModelFile { get; }

    public string ModelSha256 { get; }

    public string ContextRoot { get; }

    public string Commit { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));

    public ServingImageRequest Request(string? baseImage = DockerEngineFixture.BusyboxImage) => new()
    {
        Identity = Identity,
        ProjectDirectory = ProjectDirectory,
        ModelFile = ModelFile,
        ModelSha256 = ModelSha256,
        Commit = Commit,
        Source = "https://git.example.com/models/test-model.git",
        Created = TrainedAt,
        BaseImage = baseImage,
    };

    /// <summary>When the model finished training, by its provenance: the image's created label.</summary>
    public DateTimeOffset TrainedAt { get; } = new(2024, 6, 1, 12, 30, 0, TimeSpan.Zero);

    /// <summary>The provenance the feed would hand out with the model.</summary>
    public Provenance Provenance() => new()
    {
        Identity = Identity,
        Name = Identity.Name,
        DataVersion = Identity.DataVersion,
        ModelVersion = Identity.ModelVersion,
        Source = new SourceProvenance { Repository = "https://git.example.com/models/test-model.git", Ref = "main", Commit = Commit, Dirty = false, ProjectPath = "project" },
        Notebook = new FileDigest("train.ipynb", new string('c', 64), 10),
        Data = [],
        Model = new FileDigest($"model/{Identity}.joblib", ModelSha256, 4096),
        Parameters = new Dictionary<string, JsonElement>(),
        Metrics = new Dictionary<string, JsonElement>(),
        Environment = new EnvironmentProvenance { Spec = "requirements.txt", SpecHash = "5f", PythonVersion = "3.11.2", Packages = [] },
        Training = new TrainingTimes(TrainedAt.AddMinutes(-5), TrainedAt),
        Tool = new ToolProvenance("Orchestration", "1.0.0"),
    };

    /// <summary>What the DockerBuild stage gets after a Publish of this project, working in <paramref name="work"/>.</summary>
    public DockerBuildInputs StageInputs(DockerEngineFixture fixture, string work) => new()
    {
        Checkout = new CheckoutRecord
        {
            Repository = "https://git.example.com/models/test-model.git",
            Ref = "main",
            Commit = Commit,
            IsDirty = false,
            SourceDirectory = Path.GetDirectoryName(ProjectDirectory)!,
            ProjectPath = Path.GetFileName(ProjectDirectory),
        },
        Model = new ModelConfiguration
        {
            Identity = Identity,
            Notebook = "train.ipynb",
            ModelPath = "models/model.joblib",
            Environment = "requirements.txt",
            Parameters = [],
        },
        Publication = new PublicationRecord
        {
            Identity = Identity,
            Feed = "/feeds/test",
            FeedType = ModelFeedType.NuGet,
            AlreadyPublished = false,
            ModelSha256 = ModelSha256,
            PublishedAt = DateTimeOffset.UtcNow,
        },
        Engine = fixture.DockerEngine,
        WorkDirectory = work,
        BaseImage = DockerEngineFixture.BusyboxImage,
    };

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(source))
        {
            CopyDirectory(directory, Path.Combine(target, Path.GetFileName(directory)));
        }
    }
}
