namespace Orchestration.Approval;

/// <summary>Who approved a plan, how, and when.</summary>
internal sealed record ApprovalGrant(string Approver, ApprovalMethod Method, DateTimeOffset ApprovedAt);

internal enum ApprovalMethod
{
    /// <summary>The plan's full SHA-256 was given (<c>--approve</c> or its environment variable).</summary>
    Hash,

    /// <summary>Typed at the terminal after reading the summary.</summary>
    Prompt,
}
