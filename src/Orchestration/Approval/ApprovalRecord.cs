namespace Orchestration.Approval;

/// <summary>
/// One approved plan and what became of it: written to <c>approval.json</c> next to the plan before
/// apply starts (status Approved), then again with the outcome; every version is also appended to the
/// audit logs. So no plan is ever applied without a record of who approved it.
/// </summary>
internal sealed record ApprovalRecord
{
    /// <summary><c>apply</c> or <c>destroy</c>.</summary>
    public required string Action { get; init; }

    public required string Environment { get; init; }

    public required string Identity { get; init; }

    public required string PlanSha256 { get; init; }

    public required string Approver { get; init; }

    public required ApprovalMethod Method { get; init; }

    public required DateTimeOffset ApprovedAt { get; init; }

    public required ApprovalStatus Status { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Why apply (or the smoke test) failed: the first line of the error.</summary>
    public string? Error { get; init; }

    public SmokeTestOutcome? SmokeTest { get; init; }

    /// <summary>The machine that applied.</summary>
    public string? Host { get; init; }

    /// <summary>The CI run (Jenkins' BUILD_URL, or the GitHub Actions run).</summary>
    public string? RunUrl { get; init; }
}

internal enum ApprovalStatus
{
    Approved,
    Applied,
    Failed,
}

internal enum SmokeTestOutcome
{
    Passed,
    Failed,
    Skipped,
}
