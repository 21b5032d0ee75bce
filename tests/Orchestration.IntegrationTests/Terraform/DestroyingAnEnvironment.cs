using Orchestration.Approval;
using Orchestration.Pipeline;
using Orchestration.Terraform;

namespace Orchestration.IntegrationTests.Terraform;

public sealed class DestroyingAnEnvironment : IDisposable
{
    private readonly TerraformWorkspace workspace = new();

    public void Dispose() => workspace.Dispose();

    [Fact]
    public async Task A_destroy_plan_names_what_is_deployed_and_destroys_it_once_approved()
    {
        await workspace.Apply(workspace.Plan('1').Sha256);

        var destroy = workspace.PlanDestroy();
        await workspace.Apply(destroy.Sha256, files: PlanFiles.For(workspace.Paths, TerraformWorkspace.Environment, destroy: true));

        Assert.True(destroy.Destroy);
        Assert.Equal("salary-regression.2.7", destroy.IdentityText);
        Assert.Equal([new PlannedChange("terraform_data.endpoint", PlanAction.Delete)], destroy.Changes);
        Assert.Equal(new PlanCounts(0, 0, 1), destroy.Counts);
        Assert.Equal(["deployed salary-regression.2.7", "destroyed salary-regression.2.7"], workspace.Deployed);
        var record = ApprovalJournal.Read(PlanFiles.For(workspace.Paths, TerraformWorkspace.Environment, destroy: true).Approval)!;
        Assert.Equal(("destroy", ApprovalStatus.Applied, (SmokeTestOutcome?)null), (record.Action, record.Status, record.SmokeTest));
        Assert.False(workspace.PlanDestroy().HasChanges);
    }

    [Fact]
    public async Task A_destroy_plan_shows_the_outputs_of_the_endpoint_it_removes_not_the_variables_defaults()
    {
        await workspace.Apply(workspace.Plan('1', endpointUrl: "http://127.0.0.1:4321").Sha256);

        workspace.PlanDestroy();

        var text = File.ReadAllText(PlanFiles.For(workspace.Paths, TerraformWorkspace.Environment, destroy: true).Text);
        Assert.Matches(@"- endpoint_url\s+= ""http://127\.0\.0\.1:4321"" -> null", text);
    }

    [Fact]
    public async Task A_destroy_needs_its_own_approval()
    {
        var deployment = workspace.Plan('1');
        await workspace.Apply(deployment.Sha256);

        var destroy = workspace.PlanDestroy();
        var refusal = await Assert.ThrowsAsync<ApprovalRefusedException>(
            () => workspace.Apply(deployment.Sha256, files: PlanFiles.For(workspace.Paths, TerraformWorkspace.Environment, destroy: true)));

        Assert.StartsWith("Refusing to destroy the plan for environment 'test'", refusal.Message, StringComparison.Ordinal);
        Assert.EndsWith($"./build.sh --target=Destroy --environment=test --approve={destroy.Sha256}", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(["deployed salary-regression.2.7"], workspace.Deployed);
    }

    [Fact]
    public void Destroying_an_empty_environment_has_nothing_to_do()
    {
        var destroy = workspace.PlanDestroy();

        Assert.False(destroy.HasChanges);
        Assert.Null(destroy.Identity);
        Assert.Equal("(nothing deployed)", destroy.IdentityText);
    }
}
