using Orchestration.Tools.Docker;

namespace Orchestration.Terraform;

/// <summary>What a plan deploys, and the <c>-var</c> values that say it to the environment's root.</summary>
public sealed record Deployment
{
    public required string Identity { get; init; }

    /// <summary>The promotion gate the model passed ("passed (2 checks)"), when one was asked for at publish.</summary>
    public string? Promotion { get; init; }

    public string? Image { get; init; }

    public string? ImageDigest { get; init; }

    /// <summary>The SHA-256 of the model file in the image.</summary>
    public string? ModelSha256 { get; init; }

    /// <summary>DOCKER_HOST for Terraform's local-exec provisioners, when the image is on another engine.</summary>
    public string? DockerHost { get; init; }

    public required IReadOnlyDictionary<string, string> Variables { get; init; }
}
