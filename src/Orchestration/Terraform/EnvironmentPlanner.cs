using Cake.Common.Diagnostics;
using Cake.Core;
using Orchestration.Pipeline;
using Orchestration.Tools.Docker;
using Orchestration.Tools.Terraform;
using Orchestration.Tools.Terraform.Plan;

namespace Orchestration.Terraform;

/// <summary>
/// Plans one environment and saves everything an approver and Apply need in the plan's folder: the
/// binary plan, plan.json, plan.txt, plan.sha256, has-changes, the summary (md, html) and record.json.
/// </summary>
public sealed class EnvironmentPlanner(ICakeContext context)
{
    public PlanRecord Plan(PlanRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var files = request.Files;
        Directory.CreateDirectory(files.Directory);
        files.Clear();

        var root = new TerraformRoot(context, request.RootDirectory, request.NoColor, request.Deployment?.DockerHost, cancellationToken);
        var terraformVersion = root.Version(request.WorkspaceRoot);
        context.Information("Planning {0} in {1} (Terraform {2})", request.Destroy ? "a destroy" : "a deployment", request.RootDirectory, terraformVersion);
        root.Init(request.BackendConfig, request.WorkspaceRoot, terraformVersion);
        // Only a plan without a deployment (a destroy) needs the state's outputs before planning; a deployment's
        // plan reads what is deployed from the saved plan itself.
        var deployment = request.Deployment ?? DeploymentVariables.ForDestroy(root.Outputs(), RootVariables.Read(request.RootDirectory));

        var settings = root.Configure(new TerraformPlanSettings
        {
            OutFile = files.Plan,
            Destroy = request.Destroy,
            LockTimeout = request.LockTimeout,
        });
        foreach (var (name, value) in deployment.Variables)
        {
            settings.Variables[name] = value;
        }

        settings.SensitiveVariables.UnionWith(RootVariables.Read(request.RootDirectory).Sensitive);
        var hasChanges = root.Locking(() => context.TerraformPlan(settings, cancellationToken), request.Environment, request.LockTimeout, request.ReplanCommand);

        var (json, text) = root.Show(files.Plan);
        File.WriteAllText(files.Json, json + "\n");
        File.WriteAllText(files.Text, text + "\n");

        var sha256 = Sha256.OfFile(files.Plan);
        PlanHash.Write(files.Sha256, sha256, files.Plan);
        File.WriteAllText(files.HasChanges, hasChanges ? "true" : "false");

        var changes = PlanJson.ResourceChanges(json);
        var plan = new PlanRecord
        {
            Environment = request.Environment,
            Destroy = request.Destroy,
            RootDirectory = Relative(request.WorkspaceRoot, request.RootDirectory),
            PlanFile = Relative(request.WorkspaceRoot, files.Plan),
            Sha256 = sha256,
            HasChanges = hasChanges,
            Identity = deployment.Identity,
            Reason = hasChanges && !request.Destroy ? PlanReason.Explain(PlanJson.DeployedOutputs(json), deployment) : null,
            Promotion = deployment.Promotion,
            Image = deployment.Image,
            ImageDigest = deployment.ImageDigest,
            DockerHost = deployment.DockerHost,
            Counts = PlanCounts.Of(changes),
            Changes = changes,
            ChangedOutputs = PlanJson.ChangedOutputs(json),
            CreatedAt = DateTimeOffset.UtcNow,
            TerraformVersion = terraformVersion,
        };

        File.WriteAllText(files.SummaryMarkdown, PlanSummary.Markdown(plan));
        File.WriteAllText(files.SummaryHtml, PlanSummary.Html(plan));
        new StageRecordStore(files.Directory).Save("record", plan);
        return plan;
    }

    /// <summary>Relative to the workspace, so another checkout of it finds the same files; absolute when outside it.</summary>
    internal static string Relative(string workspaceRoot, string path)
    {
        var relative = Path.GetRelativePath(workspaceRoot, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }
}
