using Orchestration.Docker;
using Orchestration.IntegrationTests.Docker.Support;
using Orchestration.MachineServices.BaseImage;
using Orchestration.MachineServices.Engine;

namespace Orchestration.IntegrationTests.Docker;

/// <summary>
/// The one test that builds the debootstrap base image (about a minute and a half, once per machine:
/// the tarball is cached under /var/cache/orchestration); later runs only import it.
/// </summary>
[Collection(DockerEngineTests.Name)]
public sealed class BuildingTheOfflineBaseImage(DockerEngineFixture fixture)
{
    [Fact]
    public async Task The_base_image_has_python_with_scikit_learn_and_is_made_only_once_per_engine()
    {
        var spec = BaseImageSpec.For(DebianSources.HostSuite());
        var baseImage = new OfflineBaseImage(fixture.Context, OfflineBaseImage.DefaultCacheDirectory(fixture.NewFolder("work")));

        var image = await baseImage.EnsureAsync(fixture.DockerEngine, spec, CancellationToken.None);
        var log = new CapturingLog();
        var again = await new OfflineBaseImage(DockerTestContext.Create(log), baseImage.CacheDirectory).EnsureAsync(fixture.DockerEngine, spec, CancellationToken.None);

        var tag = spec.Tag;
        Assert.Contains(tag, image.RepoTags);
        Assert.Equal(image.Id, again.Id);
        Assert.NotEmpty(again.Layers);
        Assert.Contains($"Base image {tag} is on the engine already.", log.Text, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(baseImage.CacheDirectory, spec.TarballName)));
        var versions = fixture.Cli().Run("run", "--rm", "--network", "host", tag, "python3", "-c", "import sklearn, joblib, numpy; print(sklearn.__version__)");
        Assert.Matches(@"^\d+\.\d+", versions.StandardOutput[^1]);
    }
}
