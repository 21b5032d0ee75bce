using Orchestration.Notebooks;
using Orchestration.Pipeline;

namespace Build;

public sealed partial class BuildContext
{
    private StageRecord<TrainingRecord>? training;

    /// <summary>What the notebook run produced (set by the Train task).</summary>
    public StageRecord<TrainingRecord> Training => training ??= new(Records, "Train");
}
