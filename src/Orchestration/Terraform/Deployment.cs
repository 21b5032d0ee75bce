using Orchestration.Tools.Docker;
using Orchestration.Configuration;

namespace Orchestration.Terraform;

/// <summary>What a plan deploys, and the <c>-var</c> values that say it to the environment's root.</summary>
public sealed record Deployment
{
    /// <summary>The model deployed; for a destroy, the one the state says is deployed, null when it names none.</summary>
    public required ModelIdentity? Identity { get; init; }

    /// <summary>The identity as summaries and approvals show it.</summary>
    public string IdentityText => Describe(Identity);

    /// <summary>The promotion gate the model passed ("passed (2 checks)"), when one was asked for at publish.</summary>
    public string? Promotion { get; init; }

    /// <summary>True when a version already published is deployed again (--deploy): the plan says rollback or deploy, with no training.</summary>
    public bool Redeploy { get; init; }

    public string? Image { get; init; }

    public string? ImageDigest { get; init; }

    /// <summary>The SHA-256 of the model file in the image.</summary>
    public string? ModelSha256 { get; init; }

    /// <summary>DOCKER_HOST for Terraform's local-exec provisioners, when the image is on another engine.</summary>
    public string? DockerHost { get; init; }

    public required IReadOnlyDictionary<string, string> Variables { get; init; }

    /// <summary><c>salary-regression.2.7</c>, or <c>(nothing deployed)</c> for a destroy of an environment that names no model.</summary>
    public static string Describe(ModelIdentity? identity) => identity?.ToString() ?? "(nothing deployed)";
}
