using Orchestration.Configuration;

namespace Orchestration.Docker.Image;

/// <summary>What a serving image is built from: a model project, a model file with its SHA-256, and where they came from.</summary>
internal sealed record ServingImageRequest
{
    public required ModelIdentity Identity { get; init; }

    /// <summary>The model project's folder: the build context, minus data, models and notebooks.</summary>
    public required string ProjectDirectory { get; init; }

    /// <summary>The Dockerfile, relative to <see cref="ProjectDirectory"/>.</summary>
    public string Dockerfile { get; init; } = "Dockerfile";

    /// <summary>The model file to bake in (as the build argument MODEL_FILE).</summary>
    public required string ModelFile { get; init; }

    /// <summary>The SHA-256 the model file must have (lowercase hex).</summary>
    public required string ModelSha256 { get; init; }

    /// <summary>The full commit the model was trained at (from its provenance; label org.opencontainers.image.revision).</summary>
    public required string Commit { get; init; }

    /// <summary>The repository the commit is in (label org.opencontainers.image.source).</summary>
    public required string Source { get; init; }

    /// <summary>Label org.opencontainers.image.created: when the model was trained, or SOURCE_DATE_EPOCH; never the build's clock.</summary>
    public required DateTimeOffset Created { get; init; }

    /// <summary>The build argument BASE_IMAGE; null keeps the Dockerfile's default.</summary>
    public string? BaseImage { get; init; }

    /// <summary>The base image's layer digests when the caller has just inspected it; null to ask the engine.</summary>
    public IReadOnlyList<string>? BaseImageLayers { get; init; }
}
