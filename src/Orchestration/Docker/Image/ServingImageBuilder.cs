using Cake.Common.Diagnostics;
using Cake.Core;
using Orchestration.MachineServices.Engine;
using Orchestration.Pipeline;
using Orchestration.Tools.Docker;
using Orchestration.Tools.Docker.Build;
using Orchestration.Tools.Docker.Inspect;
using Orchestration.Tools.Docker.Tag;

namespace Orchestration.Docker.Image;

/// <summary>
/// Builds the serving image of a model: checks the model file's SHA-256, prepares the build context,
/// digests the image's inputs, and builds only when the engine has no image carrying that digest; either
/// way the image ends up with the immutable and the moving tag, and its ID is recorded.
/// </summary>
internal sealed class ServingImageBuilder(ICakeContext context)
{
    public const string ModelFileArgument = "MODEL_FILE";
    public const string BaseImageArgument = "BASE_IMAGE";

    /// <param name="contextRoot">The folder holding the build contexts, e.g. <c>.work/docker-context</c>.</param>
    public async Task<ImageRecord> BuildAsync(ServingImageRequest request, DockerEngine engine, string contextRoot, CancellationToken cancellationToken)
    {
        var prepared = Prepare(request, engine, contextRoot, cancellationToken);
        return Reuse(prepared, engine, cancellationToken) ?? await BuildAsync(prepared, engine, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Prepares the context and computes the image's inputs, labels and tags; builds nothing.</summary>
    public PreparedImage Prepare(ServingImageRequest request, DockerEngine engine, string contextRoot, CancellationToken cancellationToken)
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

        var modelSha256 = request.ModelSha256.ToLowerInvariant();
        var labels = ImageLabels.For(request.Identity, request.Commit, request.Source, modelSha256, request.Created);
        string[] arguments = request.BaseImage is null
            ? [$"{ModelFileArgument}={modelPath}"]
            : [$"{ModelFileArgument}={modelPath}", $"{BaseImageArgument}={request.BaseImage}"];
        var inputs = ImageInputs.Of(
            contextDirectory,
            dockerfileInContext,
            new Dictionary<string, string>(StringComparer.Ordinal) { [modelPath] = modelSha256 },
            arguments,
            labels,
            request.BaseImage is null ? null : (request.BaseImage, request.BaseImageLayers ?? BaseLayers(request.BaseImage, engine, cancellationToken)));
        context.Information("Image inputs {0} = {1} context files (model {2}), Dockerfile {3}, {4} build arguments, {5} labels, base image {6}.",
            inputs.Digest, inputs.FileCount, modelPath, Path.GetRelativePath(request.ProjectDirectory, dockerfile), arguments.Length, labels.Count,
            request.BaseImage ?? "(the Dockerfile's default)");
        return new PreparedImage
        {
            Request = request,
            ContextDirectory = contextDirectory,
            Dockerfile = dockerfileInContext,
            BuildArguments = arguments,
            Labels = [.. labels, new(ImageLabels.Inputs, inputs.Digest)],
            Inputs = inputs,
            ImmutableTag = ImageNames.Immutable(request.Identity, inputs),
            MovingTag = ImageNames.Moving(request.Identity),
        };
    }

    /// <summary>
    /// The engine's image tagged with the inputs' tag and carrying their digest, given the moving tag too
    /// (unless it has it already); null when there is none.
    /// </summary>
    public ImageRecord? Reuse(PreparedImage prepared, DockerEngine engine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(engine);
        var found = context.DockerImageInspect(new DockerInspectSettings().WithDockerHost(engine.Host), prepared.ImmutableTag, cancellationToken);
        if (found is null || found.Labels.GetValueOrDefault(ImageLabels.Inputs) != prepared.Inputs.Digest)
        {
            return null;
        }

        if (!found.RepoTags.Contains(prepared.MovingTag, StringComparer.Ordinal))
        {
            context.DockerTag(new DockerImageTagSettings().WithDockerHost(engine.Host), found.Id, prepared.MovingTag, cancellationToken);
        }

        context.Information("DockerBuild: reused {0} ({1}): the engine already has an image of these inputs; nothing was built.", prepared.ImmutableTag, found.Id);
        return Record(prepared, engine, found.Id, built: false);
    }

    /// <summary>Runs docker build with the prepared context, tags, labels and build arguments.</summary>
    public async Task<ImageRecord> BuildAsync(PreparedImage prepared, DockerEngine engine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(engine);
        var iidFile = prepared.ContextDirectory + ".iid";
        File.Delete(iidFile);
        var settings = new DockerImageBuildSettings
        {
            Tag = [.. prepared.Tags],
            BuildArg = [.. prepared.BuildArguments],
            Label = [.. prepared.Labels.Select(label => $"{label.Key}={label.Value}")],
            File = prepared.Dockerfile,
            Iidfile = iidFile,
            Rm = true,
            ForceRm = true,
        }.WithDockerHost(engine.Host);

        var request = prepared.Request;
        context.Information("Building {0} from {1} with the model {2} (SHA-256 {3}).",
            string.Join(", ", prepared.Tags), Path.Combine(request.ProjectDirectory, request.Dockerfile), request.ModelFile, request.ModelSha256);
        await context.DockerBuildAsync(settings, prepared.ContextDirectory, cancellationToken).ConfigureAwait(false);
        var imageId = File.ReadAllText(iidFile).Trim();
        context.Information("Built image {0}.", imageId);
        return Record(prepared, engine, imageId, built: true);
    }

    internal static ImageRecord Record(PreparedImage prepared, DockerEngine engine, string imageId, bool built) => new()
    {
        Identity = prepared.Request.Identity,
        Tags = prepared.Tags,
        ImageId = imageId,
        ModelSha256 = prepared.Request.ModelSha256.ToLowerInvariant(),
        DockerHost = engine.Host,
        BaseImage = prepared.Request.BaseImage,
        Inputs = prepared.Inputs.Digest,
        Built = built,
        Labels = prepared.Labels.ToDictionary(label => label.Key, label => label.Value, StringComparer.Ordinal),
    };

    private IReadOnlyList<string> BaseLayers(string baseImage, DockerEngine engine, CancellationToken cancellationToken) =>
        context.DockerImageInspect(new DockerInspectSettings().WithDockerHost(engine.Host), baseImage, cancellationToken)?.Layers ?? ["(not on the engine)"];
}
