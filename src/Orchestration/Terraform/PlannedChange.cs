using System.Text.Json.Serialization;

namespace Orchestration.Terraform;

/// <summary>One resource the plan touches, e.g. <c>module.endpoint.terraform_data.container</c>: Replace.</summary>
public sealed record PlannedChange(string Address, PlanAction Action)
{
    /// <summary>Terraform's own symbol for the action (<c>+</c>, <c>~</c>, <c>-/+</c>, <c>-</c>, <c>&lt;=</c>).</summary>
    [JsonIgnore]
    public string Symbol => Action switch
    {
        PlanAction.Create => "+",
        PlanAction.Update => "~",
        PlanAction.Replace => "-/+",
        PlanAction.Delete => "-",
        PlanAction.Read => "<=",
        PlanAction.Forget => ".",
        _ => " ",
    };

    [JsonIgnore]
    public string Verb => Action switch
    {
        PlanAction.Create => "create",
        PlanAction.Update => "update in place",
        PlanAction.Replace => "replace",
        PlanAction.Delete => "destroy",
        PlanAction.Read => "read",
        PlanAction.Forget => "forget",
        _ => "no change",
    };
}
