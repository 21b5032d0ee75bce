using Cake.Frosting;
using Orchestration.Approval;
using Orchestration.Mlflow;
using Orchestration.Terraform;

namespace Build.Tasks;

[TaskName("Apply")]
[TaskDescription("Applies the saved plan of --environment once approved (--approve=<sha256>, or typed at a terminal), then smoke-tests the endpoint; with MLflow, points the environment's alias at the deployed version (also when there was nothing to apply and the alias had strayed).")]
[IsDependentOn(typeof(PlanTask))]
public sealed class ApplyTask : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var options = TerraformOptions.Bind(context.Options, context.Paths, TerraformOptions.ApproveApply);
        var request = options.ApplyRequest(context.Paths, new TerminalApprovalConsole());
        var registry = ServingAlias.Bind(context, context.Options, request.Environment);
        var outcome = await new EnvironmentApplier(context).ApplyAsync(request, context.Cancellation);
        if (registry is null)
        {
            return;
        }

        await (outcome == ApplyOutcome.Applied
            ? registry.AfterApplyAsync(request, context.Cancellation)
            : registry.AfterNothingAppliedAsync(request, context.Cancellation));
    }
}
