using Cake.Common.Diagnostics;
using Cake.Frosting;
using Orchestration.Approval;
using Orchestration.Mlflow;
using Orchestration.Terraform;

namespace Build.Tasks;

[TaskName("Destroy")]
[TaskDescription("Destroys --environment's deployment through its own saved destroy plan and its own approval (--approve=<sha256>); with MLflow, removes the environment's alias.")]
public sealed class DestroyTask : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var options = TerraformOptions.Bind(context.Options, context.Paths, TerraformOptions.ApproveDestroy);
        // With an approved hash, the destroy plan approved is the one saved earlier: never a new one.
        if (options.ApprovedHash is null)
        {
            var plan = new EnvironmentPlanner(context).Plan(options.PlanRequest(context.Paths, deployment: null, destroy: true), context.Cancellation);
            context.Information("{0}", PlanSummary.Text(plan));
        }

        var request = options.ApplyRequest(context.Paths, new TerminalApprovalConsole(), destroy: true);
        var registry = ServingAlias.Bind(context, context.Options, request.Environment);
        if (await new EnvironmentApplier(context).ApplyAsync(request, context.Cancellation) == ApplyOutcome.Applied && registry is not null)
        {
            await registry.AfterDestroyAsync(request, context.Cancellation);
        }
    }
}
