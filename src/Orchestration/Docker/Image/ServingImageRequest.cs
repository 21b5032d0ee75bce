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

    /// <summary>The full commit the model was built from.</summary>
    public required string Commit { get; init; }

    /// <summary>The short commit, the image's second tag.</summary>
    public required string ShortCommit { get; init; }

    /// <summary>The repository the commit is in (label org.opencontainers.image.source).</summary>
    public required string Source { get; init; }

    public DateTimeOffset Created { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>The build argument BASE_IMAGE; null keeps the Dockerfile's default.</summary>
    public string? BaseImage { get; init; }
}
