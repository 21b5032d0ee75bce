namespace Orchestration.Approval;

/// <summary>One saved plan waiting for approval.</summary>
internal sealed record ApprovalRequest
{
    /// <summary><c>apply</c> or <c>destroy</c>: what approving lets happen.</summary>
    public required string Action { get; init; }

    public required string Environment { get; init; }

    /// <summary>The SHA-256 of the saved plan file, as it is now.</summary>
    public required string PlanSha256 { get; init; }

    /// <summary>The plan's summary, shown before the prompt.</summary>
    public required string Summary { get; init; }

    /// <summary>Where a reviewer reads the plan (the summary and plan.txt).</summary>
    public required string ReviewFolder { get; init; }

    /// <summary>The exact command that approves this plan.</summary>
    public required string ApproveCommand { get; init; }

    /// <summary>The hash given by <c>--approve</c> (or its environment variable), if any.</summary>
    public string? GivenHash { get; init; }
}
