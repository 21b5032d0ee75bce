using Orchestration.Notebooks;
using Orchestration.Pipeline;

namespace Build;

public sealed partial class BuildContext
{
    private StageRecord<TrainingRecord>? training;

    /// <summary>The executed notebook, model file and metrics of the training run (set by the Train task).</summary>
    public StageRecord<TrainingRecord> Training => training ??= new(Records, "Train");
}
