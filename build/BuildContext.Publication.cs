using Orchestration.Pipeline;
using Orchestration.Publishing;

namespace Build;

public sealed partial class BuildContext
{
    private StageRecord<PublicationRecord>? publication;

    /// <summary>Where the model package was published (set by the Publish task).</summary>
    public StageRecord<PublicationRecord> Publication => publication ??= new(Records, "Publish");
}
