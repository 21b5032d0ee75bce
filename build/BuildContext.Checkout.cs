using Orchestration.Checkout;
using Orchestration.Pipeline;

namespace Build;

public sealed partial class BuildContext
{
    private StageRecord<CheckoutRecord>? checkout;

    /// <summary>The revision this run builds (set by the Checkout task).</summary>
    public StageRecord<CheckoutRecord> Checkout => checkout ??= new(Records, "Checkout");
}
