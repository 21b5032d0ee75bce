using System.Text.Json.Serialization;
using Orchestration.Pipeline;
using Orchestration.Tools.Docker;
using Orchestration.Configuration;

namespace Orchestration.Terraform;

/// <summary>
/// A saved Terraform plan of one environment, what it does and what it deploys. Kept with the plan
/// (<c>artifacts/plan/&lt;env&gt;/record.json</c>) so that Apply, possibly on another job, reads it
/// from the same files that were approved. Paths are relative to the workspace root.
/// </summary>
public sealed record PlanRecord
{
    public required string Environment { get; init; }

    /// <summary>True for a destroy plan (<c>plan -destroy</c>).</summary>
    public bool Destroy { get; init; }

    /// <summary>The Terraform root the plan was made in, e.g. <c>terraform/environments/local</c>: apply runs there.</summary>
    public required string RootDirectory { get; init; }

    /// <summary>The binary plan, e.g. <c>artifacts/plan/local/tfplan</c>.</summary>
    public required string PlanFile { get; init; }

    /// <summary>SHA-256 of the plan file (64 lowercase hex digits): what the approver approves.</summary>
    public required string Sha256 { get; init; }

    /// <summary>False when <c>-detailed-exitcode</c> said "no changes": Apply then does nothing.</summary>
    public required bool HasChanges { get; init; }

    /// <summary>The model identity being deployed (or, for a destroy, the one deployed; null when the state names none).</summary>
    public required ModelIdentity? Identity { get; init; }

    /// <summary>The identity as summaries and approvals show it.</summary>
    [JsonIgnore]
    public string IdentityText => Deployment.Describe(Identity);

    /// <summary>Why the deployment changes, against what the state says is deployed (see <see cref="PlanReason"/>); null without changes.</summary>
    public string? Reason { get; init; }

    /// <summary>The promotion gate the model passed at publish, shown next to the identity; null when none was asked for.</summary>
    public string? Promotion { get; init; }

    public string? Image { get; init; }

    public string? ImageDigest { get; init; }

    /// <summary>The Docker engine local-exec provisioners talk to (DOCKER_HOST), when not the default.</summary>
    public string? DockerHost { get; init; }

    public required PlanCounts Counts { get; init; }

    public IReadOnlyList<PlannedChange> Changes { get; init; } = [];

    public IReadOnlyList<string> ChangedOutputs { get; init; } = [];

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The Terraform that made the plan: only the same version may apply it.</summary>
    public required string TerraformVersion { get; init; }

    [JsonIgnore]
    public string ShortSha256 => Sha256[..Math.Min(12, Sha256.Length)];
}
