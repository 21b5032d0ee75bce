using Cake.Common.Diagnostics;
using Cake.Core;
using Cake.Frosting;
using Orchestration.Pipeline;
using Orchestration.Pipeline.Workspace;
using Orchestration.Tooling;

namespace Build;

public sealed class BuildLifetime : FrostingLifetime<BuildContext>
{
    private WorkspaceLock? workspaceLock;

    public override void Setup(BuildContext context, ISetupContext info)
    {
        SecretMasker.AddFromEnvironment();
        ArgumentCheck.ThrowOnUnknown(context.Arguments.GetArguments().Keys, PipelineArguments.Known);
        context.Verbose("Workspace: {0}", context.Paths.Root);

        // One build per workspace: a second one waits here, before it touches anything.
        var wait = WorkspaceOptions.Read(context).WaitForWorkspace;
        var me = WorkspaceLockHolder.ThisProcess(info.TargetTask.Name, DateTimeOffset.UtcNow);
        workspaceLock = WorkspaceLock.Acquire(context.Paths.Work, me, wait, holder => context.Warning(
            "The workspace {0} is in use by another build ({1}); waiting up to {2} s for it (--{3}).",
            context.Paths.Root,
            holder?.Describe(DateTimeOffset.UtcNow) ?? "it has not written its details yet",
            (int)wait.TotalSeconds,
            WorkspaceOptions.WaitArgument));
    }

    public override void Teardown(BuildContext context, ITeardownContext info)
    {
        workspaceLock?.Dispose();
        workspaceLock = null;
    }
}
