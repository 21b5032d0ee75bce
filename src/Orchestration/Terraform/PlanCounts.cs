using System.Globalization;

namespace Orchestration.Terraform;

/// <summary>Terraform's "Plan: 1 to add, 0 to change, 1 to destroy." A replace counts as an add and a destroy.</summary>
public sealed record PlanCounts(int Add, int Change, int Destroy, int Forget = 0)
{
    public static PlanCounts Of(IEnumerable<PlannedChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var actions = changes.Select(c => c.Action).ToList();
        int Count(params PlanAction[] wanted) => actions.Count(wanted.Contains);
        return new PlanCounts(
            Count(PlanAction.Create, PlanAction.Replace),
            Count(PlanAction.Update),
            Count(PlanAction.Delete, PlanAction.Replace),
            Count(PlanAction.Forget));
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Add} to add, {Change} to change, {Destroy} to destroy")
        + (Forget > 0 ? string.Create(CultureInfo.InvariantCulture, $", {Forget} to forget") : string.Empty);
}
