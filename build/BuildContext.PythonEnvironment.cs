using Orchestration.Pipeline;
using Orchestration.PythonEnvironment;

namespace Build;

public sealed partial class BuildContext
{
    private StageRecord<PythonEnvironmentRecord>? pythonEnvironment;

    /// <summary>The Python environment the notebook runs in (set by the Environment task).</summary>
    public StageRecord<PythonEnvironmentRecord> PythonEnvironment => pythonEnvironment ??= new(Records, "Environment");
}
