using Cake.Frosting;
using Orchestration.Approval;
using Orchestration.Terraform;

namespace Build.Tasks;

[TaskName("Apply")]
[TaskDescription("Applies the saved plan of --environment once approved (--approve=<sha256>, or typed at a terminal), then smoke-tests the endpoint.")]
[IsDependentOn(typeof(PlanTask))]
public sealed class ApplyTask : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var options = TerraformOptions.Bind(context.Options, context.Paths, TerraformOptions.ApproveApply);
        await new EnvironmentApplier(context).ApplyAsync(options.ApplyRequest(context.Paths, new TerminalApprovalConsole()), context.Cancellation);
    }
}
