using System.Text.Json;
using Orchestration.Pipeline;
using Orchestration.Terraform;
using Orchestration.Tooling;

namespace Orchestration.IntegrationTests.Terraform;

public sealed class PlanningAnEnvironment : IDisposable
{
    private readonly TerraformWorkspace workspace = new();

    public void Dispose() => workspace.Dispose();

    [Fact]
    public void A_plan_with_changes_is_saved_with_its_json_text_hash_summaries_and_record()
    {
        var plan = workspace.Plan('1');

        var files = workspace.Files();
        Assert.True(plan.HasChanges);
        Assert.Equal("true", File.ReadAllText(files.HasChanges));
        Assert.Equal(Sha256.OfFile(files.Plan), plan.Sha256);
        Assert.Equal($"{plan.Sha256}  tfplan\n", File.ReadAllText(files.Sha256));
        Assert.Equal([new PlannedChange("terraform_data.endpoint", PlanAction.Create)], plan.Changes);
        Assert.Equal(new PlanCounts(1, 0, 0), plan.Counts);
        Assert.Contains("Plan: 1 to add, 0 to change, 0 to destroy.", File.ReadAllText(files.Text), StringComparison.Ordinal);
        Assert.Equal("1.2", JsonDocument.Parse(File.ReadAllText(files.Json)).RootElement.GetProperty("format_version").GetString());
        Assert.Contains(plan.Sha256, File.ReadAllText(files.SummaryMarkdown), StringComparison.Ordinal);
        Assert.Contains("terraform_data.endpoint", File.ReadAllText(files.SummaryHtml), StringComparison.Ordinal);
        var saved = JsonSerializer.Deserialize<PlanRecord>(File.ReadAllText(files.Record), StageRecordStore.JsonOptions)!;
        Assert.Equal((plan.Sha256, plan.Identity, plan.Counts, plan.CreatedAt), (saved.Sha256, saved.Identity, saved.Counts, saved.CreatedAt));
        Assert.Equal(plan.Changes, saved.Changes);
        Assert.Equal("terraform/environments/test", plan.RootDirectory);
        Assert.Equal("artifacts/plan/test/tfplan", plan.PlanFile);
        Assert.Empty(workspace.Deployed);
    }

    [Fact]
    public async Task A_plan_of_what_is_already_deployed_has_no_changes()
    {
        await workspace.Apply(workspace.Plan('1').Sha256);

        var plan = workspace.Plan('1');

        Assert.False(plan.HasChanges);
        Assert.Equal("false", File.ReadAllText(workspace.Files().HasChanges));
        Assert.Empty(plan.Changes);
        Assert.Contains("No changes.", File.ReadAllText(workspace.Files().Text), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_replacement_says_why_from_what_the_state_says_is_deployed()
    {
        Assert.Equal("nothing is deployed yet: salary-regression.2.7 will be the first", workspace.Plan('1').Reason);
        await workspace.Apply(workspace.Plan('1').Sha256);

        var plan = workspace.Plan('2');

        Assert.Equal("salary-regression.2.7 unchanged; image sha256:111111111111 → sha256:222222222222", plan.Reason);
        Assert.Contains("Why:          salary-regression.2.7 unchanged; image sha256:111111111111 → sha256:222222222222", PlanSummary.Text(plan), StringComparison.Ordinal);
        Assert.Contains("- **Why:** salary-regression.2.7 unchanged", File.ReadAllText(workspace.Files().SummaryMarkdown), StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_plan_removes_every_file_of_the_previous_one()
    {
        var files = workspace.Files();
        workspace.Plan('1');
        File.WriteAllText(files.Approval, "{}");

        workspace.Plan('2');

        Assert.False(File.Exists(files.Approval));
    }

    [Fact]
    public void A_value_with_quotes_and_backslashes_reaches_terraform_intact()
    {
        const string Image = "odd \"quoted\" C:\\images\\";

        workspace.Plan('1', image: Image);

        var planned = JsonDocument.Parse(File.ReadAllText(workspace.Files().Json)).RootElement
            .GetProperty("resource_changes")[0].GetProperty("change").GetProperty("after").GetProperty("input").GetProperty("image").GetString();
        Assert.Equal(Image, planned);
    }

    [Fact]
    public void A_plan_file_terraform_cannot_read_fails_with_terraforms_own_message()
    {
        var root = new TerraformRoot(workspace.Context, workspace.RootDirectory, noColor: true, dockerHost: null, CancellationToken.None);
        var notAPlan = Path.Combine(workspace.RootDirectory, "not-a-plan");
        File.WriteAllText(notAPlan, "not a plan");

        var failure = Assert.Throws<ToolFailedException>(() => root.Show(notAPlan));

        Assert.StartsWith("terraform exited with code 1.", failure.Message, StringComparison.Ordinal);
        Assert.Contains($"> terraform show -no-color -json \"{notAPlan}\"", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Terraform_init_runs_again_only_when_what_it_reads_changed()
    {
        workspace.Write("terraform/environments/test/extra.tf", "module \"extra\" { source = \"../../modules/extra\" }");
        workspace.Write("terraform/modules/extra/main.tf", "output \"name\" { value = \"extra\" }");
        workspace.Plan('1');
        workspace.Write("terraform/environments/test/terraform.tfvars", "hold_seconds = 0");

        workspace.Plan('1');

        Assert.Single(Reused());

        // The module now has a module of its own: without another init, Terraform would refuse to plan ("Module not installed").
        workspace.Write("terraform/modules/extra/main.tf", "module \"nested\" { source = \"./nested\" }");
        workspace.Write("terraform/modules/extra/nested/main.tf", "output \"name\" { value = \"nested\" }");
        workspace.Plan('1');

        Assert.Single(Reused());

        // Another backend setting: init runs, and Terraform itself says the state would have to move.
        var failure = Assert.Throws<ToolFailedException>(() => workspace.Plan('1', backendConfig: ["path=../../../.work/terraform/test/elsewhere.tfstate"]));

        Assert.Contains("> terraform init", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Backend configuration changed", failure.Message, StringComparison.Ordinal);
        Assert.Single(Reused());
    }

    [Fact]
    public void A_second_plan_asks_terraform_no_version_and_no_init_and_a_deployments_plan_runs_no_terraform_output()
    {
        workspace.Plan('1');
        var plan = workspace.Plan('2');

        Assert.Single(Ran("version"));
        Assert.Empty(Ran("output"));
        Assert.Single(Ran("init"));
        Assert.Equal(4, Ran("show").Count());
        var versions = File.ReadAllText(Path.Combine(workspace.Paths.Work, "terraform", "versions.json"));
        Assert.Contains($"\"Version\": \"{plan.TerraformVersion}\"", versions, StringComparison.Ordinal);
    }

    private IEnumerable<string> Ran(string command) => workspace.Log.Lines.Where(line => line.StartsWith("> terraform " + command, StringComparison.Ordinal));

    private IEnumerable<string> Reused() => workspace.Log.Lines.Where(line => line.StartsWith("Terraform init: reused", StringComparison.Ordinal));
}
