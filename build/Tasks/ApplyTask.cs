using Cake.Frosting;
using Orchestration.Approval;
using Orchestration.Mlflow;
using Orchestration.Terraform;

namespace Build.Tasks;

[TaskName("Apply")]
[TaskDescription("Applies the saved plan of --environment once approved (--approve=<sha256>, or typed at a terminal), then smoke-tests the endpoint; with MLflow, points the environment's alias at the deployed version.")]
[IsDependentOn(typeof(PlanTask))]
public sealed class ApplyTask : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var options = TerraformOptions.Bind(context.Options, context.Paths, TerraformOptions.ApproveApply);
        var request = options.ApplyRequest(context.Paths, new TerminalApprovalConsole());
        var registry = ServingAlias.Bind(context, context.Options, request.Environment);
        if (await new EnvironmentApplier(context).ApplyAsync(request, context.Cancellation) == ApplyOutcome.Applied && registry is not null)
        {
            await registry.AfterApplyAsync(request, context.Cancellation);
        }
    }
}
