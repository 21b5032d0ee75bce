using Orchestration.Pipeline;
using Orchestration.Terraform;

namespace Build;

public sealed partial class BuildContext
{
    private StageRecord<PlanRecord>? plan;

    /// <summary>The saved Terraform plan of an environment, awaiting approval (set by the Plan task).</summary>
    public StageRecord<PlanRecord> Plan => plan ??= new(Records, "Plan");
}
