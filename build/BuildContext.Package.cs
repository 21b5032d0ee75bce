using Orchestration.Packaging;
using Orchestration.Pipeline;

namespace Build;

public sealed partial class BuildContext
{
    private StageRecord<PackageRecord>? package;

    /// <summary>The model package built from the training run (set by the Package task).</summary>
    public StageRecord<PackageRecord> Package => package ??= new(Records, "Package");
}
