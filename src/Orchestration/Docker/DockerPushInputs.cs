using Orchestration.MachineServices.Engine;

namespace Orchestration.Docker;

/// <summary>What the DockerPush stage works from.</summary>
public sealed record DockerPushInputs
{
    /// <summary>The DockerBuild record.</summary>
    public required ImageRecord Image { get; init; }

    /// <summary>--registry: <c>HOST[:PORT][/namespace]</c>, or <c>embedded</c> for this workspace's private registry.</summary>
    public required string Registry { get; init; }

    public required DockerEngine Engine { get; init; }

    /// <summary>The workspace's <c>.work/</c> folder.</summary>
    public required string WorkDirectory { get; init; }

    /// <summary>DOCKER_REGISTRY_USERNAME; when null the docker CLI's own login (if any) is used.</summary>
    public string? Username { get; init; }

    /// <summary>DOCKER_REGISTRY_PASSWORD.</summary>
    public string? Password { get; init; }
}
