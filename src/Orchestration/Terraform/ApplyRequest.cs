using Orchestration.Approval;

namespace Orchestration.Terraform;

/// <summary>What to apply (a saved plan's folder), who approves it, and how.</summary>
public sealed record ApplyRequest
{
    public required string Environment { get; init; }

    public required string WorkspaceRoot { get; init; }

    public required PlanFiles Files { get; init; }

    /// <summary>The plan hash given by --approve (or its environment variable), if any.</summary>
    public string? ApprovedHash { get; init; }

    public required string Approver { get; init; }

    public required IApprovalConsole Console { get; init; }

    /// <summary>Where every approval record is appended as one JSON line.</summary>
    public IReadOnlyList<string> AuditLogs { get; init; } = [];

    public IReadOnlyList<string> BackendConfig { get; init; } = [];

    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public bool NoColor { get; init; } = true;

    public bool SkipSmokeTest { get; init; }

    public TimeSpan SmokeTestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public string? RunUrl { get; init; }

    /// <summary>The command that makes a new plan of this kind (named when this one cannot be applied).</summary>
    public required string ReplanCommand { get; init; }
}
