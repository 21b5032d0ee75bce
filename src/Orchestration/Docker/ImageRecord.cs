using Orchestration.Tools.Docker;
using Orchestration.Configuration;

namespace Orchestration.Docker;

/// <summary>The serving image built from a published model, and where it was pushed.</summary>
public sealed record ImageRecord
{
    public required ModelIdentity Identity { get; init; }

    /// <summary>Local tags: the immutable <c>salary-regression:2.7-3f9a0c1d2e4b</c> first, then the moving <c>salary-regression:2.7</c>.</summary>
    public required IReadOnlyList<string> Tags { get; init; }

    /// <summary>The image ID (<c>sha256:...</c>) on the engine that built it.</summary>
    public required string ImageId { get; init; }

    /// <summary>The SHA-256 of the model file baked in (equals the published one).</summary>
    public required string ModelSha256 { get; init; }

    /// <summary>The Docker host the image was built on (DOCKER_HOST), when not the default.</summary>
    public string? DockerHost { get; init; }

    /// <summary>After DockerPush: the registry and the pushed references with their digest.</summary>
    public string? Registry { get; init; }

    public IReadOnlyList<string> PushedTags { get; init; } = [];

    /// <summary>After DockerPush: the repository digest, <c>registry/name@sha256:...</c>.</summary>
    public string? PushedDigest { get; init; }

    /// <summary>The build argument BASE_IMAGE the image was built with; null when the Dockerfile's default was used.</summary>
    public string? BaseImage { get; init; }

    /// <summary>The image-inputs digest (label org.orchestration.image.inputs): equal inputs, same image.</summary>
    public string? Inputs { get; init; }

    /// <summary>False when an image of the same inputs was reused (from the engine or the registry) instead of built.</summary>
    public bool Built { get; init; } = true;

    /// <summary>The labels the image carries (OCI annotations, model identity and SHA-256).</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();
}
