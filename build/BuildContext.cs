using Cake.Core;
using Cake.Frosting;
using Orchestration.Pipeline;

namespace Build;

/// <summary>
/// The state a run shares between its tasks. Each stage's result is a <see cref="StageRecord{T}"/>
/// (one partial file per stage), so a task run with --exclusive reads what an earlier run left.
/// </summary>
public sealed partial class BuildContext : FrostingContext
{
    public BuildContext(ICakeContext context, HostInterruption interruption)
        : base(context)
    {
        ArgumentNullException.ThrowIfNull(interruption);
        Cancellation = interruption.Token;
        Paths = new WorkspacePaths(context.Environment.WorkingDirectory.FullPath);
        Records = new StageRecordStore(Paths.Records);
        Options = new OptionValues(PipelineOptions.Catalog, context.Arguments.GetArguments, context.Environment.GetEnvironmentVariable);
    }

    /// <summary>Cancelled by SIGINT or SIGTERM: every stage passes it down to the tools it runs.</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>The values of the declared options (<see cref="PipelineOptions"/>): the only way a task reads an argument or variable.</summary>
    public OptionValues Options { get; }

    public WorkspacePaths Paths { get; }

    public StageRecordStore Records { get; }
}
