using Orchestration.Checkout;
using Orchestration.Configuration;
using Orchestration.MachineServices.Engine;
using Orchestration.Publishing;

namespace Orchestration.Docker;

/// <summary>What the DockerBuild stage works from: the earlier stages' records, the engine, the options.</summary>
public sealed record DockerBuildInputs
{
    public required CheckoutRecord Checkout { get; init; }

    public required ModelConfiguration Model { get; init; }

    public required PublicationRecord Publication { get; init; }

    public required DockerEngine Engine { get; init; }

    /// <summary>The workspace's <c>.work/</c> folder.</summary>
    public required string WorkDirectory { get; init; }

    /// <summary>--base-image: an image, <c>local</c> for the offline base image, or null for the default (see <see cref="DockerBuildStage"/>).</summary>
    public string? BaseImage { get; init; }

    /// <summary>Where the offline base image's tarball is cached.</summary>
    public string? BaseImageCache { get; init; }

    /// <summary>--registry: when set, an image of the same inputs there is pulled instead of built.</summary>
    public string? Registry { get; init; }

    /// <summary>DOCKER_REGISTRY_USERNAME.</summary>
    public string? RegistryUsername { get; init; }

    /// <summary>DOCKER_REGISTRY_PASSWORD.</summary>
    public string? RegistryPassword { get; init; }

    /// <summary>SOURCE_DATE_EPOCH (seconds since 1970): the image's created label when set, else the model's training end.</summary>
    public string? SourceDateEpoch { get; init; }
}
