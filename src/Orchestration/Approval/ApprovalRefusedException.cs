namespace Orchestration.Approval;

/// <summary>A plan was not applied because it was not approved (or no longer is the plan that was approved). Nothing was touched.</summary>
internal sealed class ApprovalRefusedException : Exception
{
    public ApprovalRefusedException(string message)
        : base(message)
    {
    }

    public ApprovalRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ApprovalRefusedException()
    {
    }
}
