using Orchestration.Fingerprint;
using Orchestration.Pipeline;

namespace Build;

public sealed partial class BuildContext
{
    private StageRecord<InputsFingerprint>? inputs;

    /// <summary>The training run's inputs and their fingerprint (set by the Environment task, once the environment is known).</summary>
    public StageRecord<InputsFingerprint> Inputs => inputs ??= new(Records, "Environment", "inputs");
}
