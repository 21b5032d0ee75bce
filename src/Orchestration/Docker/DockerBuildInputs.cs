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
}
