using Orchestration.Configuration;
using Orchestration.Pipeline;

namespace Build;

public sealed partial class BuildContext
{
    private StageRecord<ModelConfiguration>? model;

    /// <summary>The effective model configuration (set by the Configure task).</summary>
    public StageRecord<ModelConfiguration> Model => model ??= new(Records, "Configure");
}
