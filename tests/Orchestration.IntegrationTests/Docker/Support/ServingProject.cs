using System.Security.Cryptography;
using Orchestration.Configuration;
using Orchestration.Docker;
using Orchestration.Docker.Image;
using Orchestration.Pipeline;

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
        ShortCommit = Commit[..12],
        Source = "https://git.example.com/models/test-model.git",
        Created = new DateTimeOffset(2024, 6, 1, 12, 30, 0, TimeSpan.Zero),
        BaseImage = baseImage,
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
