using Cake.Common.Diagnostics;
using Cake.Core;
using Orchestration.Approval;
using Orchestration.Pipeline;
using Orchestration.Tools.Docker;
using Orchestration.Tools.Terraform;
using Orchestration.Tools.Terraform.Apply;

namespace Orchestration.Terraform;

/// <summary>
/// Applies one saved, approved plan — never a fresh plan. In order: the plan folder is checked
/// (tamper check) and so is the Terraform version, the approval is required (refusing touches
/// nothing), the approval is recorded, the plan is applied in the root it was made in, the outcome
/// recorded, and the endpoint smoke-tested.
/// </summary>
public sealed class EnvironmentApplier(ICakeContext context)
{
    public async Task<ApplyOutcome> ApplyAsync(ApplyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var plan = SavedPlan.Load(request.Files, request.Environment, request.ReplanCommand);
        if (!plan.HasChanges)
        {
            context.Information("Plan {0} of '{1}' has no changes: nothing to {2}, no approval needed.", plan.ShortSha256, plan.Environment, Action(plan));
            return ApplyOutcome.NothingToApply;
        }

        var root = new TerraformRoot(context, Path.GetFullPath(plan.RootDirectory, request.WorkspaceRoot), request.NoColor, plan.DockerHost, cancellationToken);
        if (!Directory.Exists(root.Directory))
        {
            throw Pipeline.ConfigurationError.Create($"The plan was made in {plan.RootDirectory}, which does not exist here ({root.Directory}).");
        }

        RequireSameTerraform(root, plan, request.WorkspaceRoot);
        var grant = Approve(plan, request);
        var journal = new ApprovalJournal(request.Files.Approval, request.AuditLogs);
        var record = Approved(plan, grant, request.RunUrl);
        journal.Record(record);
        context.Information("Plan {0} approved by {1} ({2}); {3} '{4}'.", plan.ShortSha256, grant.Approver, grant.Method, plan.Destroy ? "destroying" : "applying it to", plan.Environment);

        try
        {
            root.Init(request.BackendConfig, request.WorkspaceRoot, plan.TerraformVersion);
            var settings = root.Configure(new TerraformApplySettings { Plan = Path.GetFullPath(request.Files.Plan), LockTimeout = request.LockTimeout });
            root.Locking(() => context.TerraformApply(settings, cancellationToken), plan.Environment, request.LockTimeout, request.ReplanCommand);
        }
        catch (Exception failure)
        {
            journal.Record(record with { Status = ApprovalStatus.Failed, FinishedAt = DateTimeOffset.UtcNow, Error = FirstLine(failure) });
            throw;
        }

        record = record with { Status = ApprovalStatus.Applied, FinishedAt = DateTimeOffset.UtcNow };
        journal.Record(record);
        if (!plan.Destroy)
        {
            var (outcome, failure) = await SmokeTestAsync(root, request, cancellationToken).ConfigureAwait(false);
            journal.Record(record with { SmokeTest = outcome, Error = failure is null ? null : FirstLine(failure) });
            if (failure is not null)
            {
                throw failure;
            }
        }

        return ApplyOutcome.Applied;
    }

    private static ApprovalGrant Approve(PlanRecord plan, ApplyRequest request) => PlanApproval.Require(
        new ApprovalRequest
        {
            Action = Action(plan),
            Environment = plan.Environment,
            PlanSha256 = plan.Sha256,
            Summary = PlanSummary.Text(plan),
            ReviewFolder = request.Files.Directory,
            ApproveCommand = BuildCommands.Approve(plan),
            GivenHash = request.ApprovedHash,
        },
        request.Approver,
        request.Console);

    private static ApprovalRecord Approved(PlanRecord plan, ApprovalGrant grant, string? runUrl) => new()
    {
        Action = Action(plan),
        Environment = plan.Environment,
        Identity = plan.IdentityText,
        PlanSha256 = plan.Sha256,
        Approver = grant.Approver,
        Method = grant.Method,
        ApprovedAt = grant.ApprovedAt,
        Status = ApprovalStatus.Approved,
        Host = Environment.MachineName,
        RunUrl = runUrl,
    };

    private static string Action(PlanRecord plan) => plan.Destroy ? "destroy" : "apply";

    private static void RequireSameTerraform(TerraformRoot root, PlanRecord plan, string workspaceRoot)
    {
        var version = root.Version(workspaceRoot);
        if (version != plan.TerraformVersion)
        {
            throw new ApprovalRefusedException(
                $"Refusing to {Action(plan)}: plan {plan.ShortSha256} was made by Terraform {plan.TerraformVersion}, this is Terraform {version}; "
                + $"a saved plan is applied by the Terraform that made it. Nothing was changed. Use Terraform {plan.TerraformVersion}, or make a new plan with this one.");
        }
    }

    private async Task<(SmokeTestOutcome Outcome, SmokeTestFailedException? Failure)> SmokeTestAsync(
        TerraformRoot root, ApplyRequest request, CancellationToken cancellationToken)
    {
        if (request.SkipSmokeTest)
        {
            context.Warning("Smoke test skipped (--skip-smoke-test).");
            return (SmokeTestOutcome.Skipped, null);
        }

        try
        {
            var endpoint = root.Outputs().GetValueOrDefault("endpoint_url")
                ?? throw new SmokeTestFailedException(
                    $"Smoke test failed: the root {root.Directory} has no string output endpoint_url (pass --skip-smoke-test for roots without an endpoint).");
            if (EndpointSmokeTest.CannotCall(endpoint) is { } reason)
            {
                context.Warning("Smoke test skipped for {0}: {1}.", endpoint, reason);
                return (SmokeTestOutcome.Skipped, null);
            }

            await new EndpointSmokeTest(context.Log, request.SmokeTestTimeout).RunAsync(endpoint, cancellationToken).ConfigureAwait(false);
            return (SmokeTestOutcome.Passed, null);
        }
        catch (SmokeTestFailedException failure)
        {
            return (SmokeTestOutcome.Failed, failure);
        }
    }

    private static string FirstLine(Exception exception) => exception.Message.Split('\n', 2)[0];
}
