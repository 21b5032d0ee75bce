using Cake.Common.Diagnostics;
using Cake.Frosting;
using Orchestration.Packaging;
using Orchestration.Redeploy;
using Orchestration.Terraform;

namespace Build.Tasks;

[TaskName("Plan")]
[TaskDescription("Plans the deployment of the image to --environment (default local); saves the plan, its summary and SHA-256 for approval.")]
[IsDependentOn(typeof(DockerPushTask))]
public sealed class PlanTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var options = TerraformOptions.Bind(context.Options, context.Paths);
        var root = RootVariables.Read(options.RootDirectory);

        // With --deploy the version is a published one DockerBuild resolved: no Configure or Package record exists.
        var deployment = context.Deploying
            ? Redeployment(context, root, options.EndpointPort)
            : DeploymentVariables.From(context.Image.Value, root, options.EndpointPort) with
            {
                Promotion = ProvenanceJson.ReadFile(context.Package.Value.ProvenanceFile).Promotion?.Verdict,
            };

        // The plan's record lives beside the plan, in artifacts/plan/<environment>/record.json: Apply (maybe
        // in another CI job, with only that folder restored) reads it from there.
        var plan = new EnvironmentPlanner(context).Plan(options.PlanRequest(context.Paths, deployment), context.Cancellation);
        context.Information("{0}", PlanSummary.Text(plan));
    }

    private static Deployment Redeployment(BuildContext context, RootVariables root, int? port)
    {
        var published = RedeployStage.Recorded(context.Redeploy.Value, context.Options);
        return DeploymentVariables.From(context.Image.Value, root, port) with { Promotion = published.Promotion, Redeploy = true };
    }
}
