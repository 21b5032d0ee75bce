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
        var options = ReleaseOptions.Read(context, context.Paths, "APPLY_APPROVED_PLAN");
        await new EnvironmentApplier(context).ApplyAsync(options.ApplyRequest(context.Paths, new TerminalApprovalConsole()), context.Cancellation);
    }
}
