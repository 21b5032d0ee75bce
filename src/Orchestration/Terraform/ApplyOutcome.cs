namespace Orchestration.Terraform;

public enum ApplyOutcome
{
    /// <summary>The plan had no changes: nothing was applied and no approval was needed.</summary>
    NothingToApply,
    Applied,
}
