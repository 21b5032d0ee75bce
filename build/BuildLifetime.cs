using Cake.Common.Diagnostics;
using Cake.Core;
using Cake.Frosting;
using Orchestration.Pipeline;
using Orchestration.Pipeline.Workspace;
using Orchestration.Redeploy;
using Orchestration.Terraform;

namespace Build;

public sealed class BuildLifetime : FrostingLifetime<BuildContext>
{
    private WorkspaceLock? workspaceLock;

    /// <summary>
    /// Before the first task: secrets masked, every argument and option value checked (exit 2 with all
    /// problems), then the workspace taken.
    /// </summary>
    public override void Setup(BuildContext context, ISetupContext info)
    {
        context.Options.RegisterSecrets();
        TerraformVariableSecrets.Register(System.Environment.GetEnvironmentVariables());
        context.Options.Validate(context.Arguments.GetArguments().Keys);
        DeployOptions.CheckTarget(context.Options.Get(DeployOptions.Deploy), info.TargetTask.Name);
        foreach (var line in context.Options.Table())
        {
            context.Verbose("{0}", line);
        }

        context.Verbose("Workspace: {0}", context.Paths.Root);

        // One build per workspace: a second one waits here, before it touches anything.
        var wait = context.Options.Get(WorkspaceOptions.WaitForWorkspace);
        var me = WorkspaceLockHolder.ThisProcess(info.TargetTask.Name, DateTimeOffset.UtcNow);
        workspaceLock = WorkspaceLock.Acquire(context.Paths.Work, me, wait, holder => context.Warning(
            "The workspace {0} is in use by another build ({1}); waiting up to {2} s for it ({3}).",
            context.Paths.Root,
            holder?.Describe(DateTimeOffset.UtcNow) ?? "it has not written its details yet",
            (int)wait.TotalSeconds,
            WorkspaceOptions.WaitForWorkspace));
    }

    public override void Teardown(BuildContext context, ITeardownContext info)
    {
        workspaceLock?.Dispose();
        workspaceLock = null;
    }
}
