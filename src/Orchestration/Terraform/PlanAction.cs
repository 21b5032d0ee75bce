namespace Orchestration.Terraform;

/// <summary>What a plan does to one resource (<c>resource_changes[].change.actions</c> of <c>terraform show -json</c>).</summary>
public enum PlanAction
{
    NoOp,
    Create,
    Update,

    /// <summary>Destroy and create again (either order): counts as one add and one destroy, as Terraform counts it.</summary>
    Replace,
    Delete,

    /// <summary>A data source read during apply: not a change to infrastructure.</summary>
    Read,

    /// <summary>Removed from the state without being destroyed (a <c>removed</c> block).</summary>
    Forget,
}
