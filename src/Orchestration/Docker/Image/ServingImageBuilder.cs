using Cake.Common.Diagnostics;
using Cake.Core;
using Orchestration.MachineServices.Engine;
using Orchestration.Pipeline;
using Orchestration.Tools.Docker;
using Orchestration.Tools.Docker.Build;

namespace Orchestration.Docker.Image;

/// <summary>
/// Builds the serving image of a model: checks the model file's SHA-256, prepares the build context,
/// runs docker build with the model's tags, labels and build arguments, and records the image ID.
/// </summary>
internal sealed class ServingImageBuilder(ICakeContext context)
{
    public const string ModelFileArgument = "MODEL_FILE";
    public const string BaseImageArgument = "BASE_IMAGE";

    /// <param name="contextRoot">The folder holding the build contexts, e.g. <c>.work/docker-context</c>.</param>
    public ImageRecord Build(ServingImageRequest request, DockerEngine engine, string contextRoot)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(engine);
        ModelChecksum.Verify(request.ModelFile, request.ModelSha256, "to bake into the image");
        var dockerfile = Path.GetFullPath(Path.Combine(request.ProjectDirectory, request.Dockerfile));
        if (!File.Exists(dockerfile))
        {
            throw ConfigurationError.Create(
                $"{dockerfile}: the model project has no Dockerfile there. Add one, or set dockerfile= in build.properties to its path.");
        }

        var identity = request.Identity.ToString();
        var contextDirectory = Path.Combine(contextRoot, identity);
        var modelPath = BuildContextFolder.Prepare(request.ProjectDirectory, contextDirectory, request.ModelFile, identity);
        var insideProject = Path.GetRelativePath(request.ProjectDirectory, dockerfile);
        var dockerfileInContext = insideProject.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(insideProject)
            ? dockerfile
            : Path.Combine(contextDirectory, insideProject);

        var tags = ImageNames.Tags(request.Identity, request.ShortCommit);
        var labels = ImageLabels.For(request.Identity, request.Commit, request.Source, request.ModelSha256.ToLowerInvariant(), request.Created);
        var iidFile = contextDirectory + ".iid";
        File.Delete(iidFile);
        var settings = new DockerImageBuildSettings
        {
            Tag = [.. tags],
            BuildArg = request.BaseImage is null
                ? [$"{ModelFileArgument}={modelPath}"]
                : [$"{ModelFileArgument}={modelPath}", $"{BaseImageArgument}={request.BaseImage}"],
            Label = [.. labels.Select(label => $"{label.Key}={label.Value}")],
            File = dockerfileInContext,
            Iidfile = iidFile,
            Rm = true,
            ForceRm = true,
        }.WithDockerHost(engine.Host);

        context.Information("Building {0} from {1} with the model {2} (SHA-256 {3}).", string.Join(", ", tags), dockerfile, modelPath, request.ModelSha256);
        context.DockerBuild(settings, contextDirectory);
        var imageId = File.ReadAllText(iidFile).Trim();
        context.Information("Built image {0}.", imageId);
        return new ImageRecord
        {
            Identity = identity,
            Tags = tags,
            ImageId = imageId,
            ModelSha256 = request.ModelSha256.ToLowerInvariant(),
            DockerHost = engine.Host,
            BaseImage = request.BaseImage,
            Labels = labels.ToDictionary(label => label.Key, label => label.Value, StringComparer.Ordinal),
        };
    }
}
