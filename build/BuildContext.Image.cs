using Orchestration.Docker;
using Orchestration.Pipeline;

namespace Build;

public sealed partial class BuildContext
{
    private StageRecord<ImageRecord>? image;

    /// <summary>The serving image built from the published model (set by the DockerBuild task).</summary>
    public StageRecord<ImageRecord> Image => image ??= new(Records, "DockerBuild");
}
