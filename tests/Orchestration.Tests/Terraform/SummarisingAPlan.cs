using Orchestration.Pipeline;
using Orchestration.Terraform;

namespace Orchestration.Tests.Terraform;

public sealed class SummarisingAPlan
{
    private const string ApproveLine = "./build.sh --target=Apply --exclusive --environment=staging --approve=" + SamplePlans.Sha256;

    [Fact]
    public void The_text_names_environment_identity_counts_each_resource_the_hash_and_the_approve_command()
    {
        var text = PlanSummary.Text(SamplePlans.Deployment());

        Assert.Equal(
            [
                "Terraform plan for environment 'staging'",
                "  Identity:     salary-regression.2.7",
                "  Image:        127.0.0.1:5000/salary-regression:2.7 (sha256:" + new string('a', 64) + ")",
                "  Changes:      1 to add, 0 to change, 1 to destroy",
                "    -/+ module.endpoint.terraform_data.container (replace)",
                "  Plan SHA-256: " + SamplePlans.Sha256,
                "  Approve with: " + ApproveLine,
            ],
            text.Split(Environment.NewLine));
    }

    [Fact]
    public void The_promotion_gate_the_model_passed_is_shown_next_to_the_identity()
    {
        var plan = SamplePlans.Deployment() with { Promotion = "passed (2 checks)" };

        Assert.Contains("  Identity:     salary-regression.2.7 (promotion gate passed (2 checks))", PlanSummary.Text(plan), StringComparison.Ordinal);
        Assert.Contains("- **Identity:** `salary-regression.2.7` (promotion gate passed (2 checks))", PlanSummary.Markdown(plan), StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_without_changes_says_nothing_needs_approving()
    {
        var text = PlanSummary.Text(SamplePlans.Deployment(hasChanges: false));

        Assert.Contains("Changes:      none (no changes: nothing to apply, no approval needed)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Approve with", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_changing_only_outputs_says_so()
    {
        var plan = SamplePlans.Deployment() with { Changes = [], Counts = new PlanCounts(0, 0, 0), ChangedOutputs = ["endpoint_url"] };

        Assert.Contains("0 to add, 0 to change, 0 to destroy; only output values change (endpoint_url)", PlanSummary.Text(plan), StringComparison.Ordinal);
    }

    [Fact]
    public void The_markdown_has_a_table_of_resources_and_the_approve_command()
    {
        var markdown = PlanSummary.Markdown(SamplePlans.Deployment());

        Assert.Contains("| replace | `module.endpoint.terraform_data.container` |", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Plan SHA-256:** `" + SamplePlans.Sha256 + "`", markdown, StringComparison.Ordinal);
        Assert.Contains("```sh\n" + ApproveLine + "\n```", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_escapes_everything_it_shows()
    {
        var plan = SamplePlans.Deployment() with { Image = "<script>alert(1)</script>", Changes = [new PlannedChange("x[\"<b>\"]", PlanAction.Create)] };

        var html = PlanSummary.Html(plan);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("x[&quot;&lt;b&gt;&quot;]", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_destroy_plan_is_titled_and_approved_as_a_destroy()
    {
        var text = PlanSummary.Text(SamplePlans.Deployment() with { Destroy = true });

        Assert.StartsWith("Terraform destroy plan for environment 'staging'", text, StringComparison.Ordinal);
        Assert.EndsWith("./build.sh --target=Destroy --environment=staging --approve=" + SamplePlans.Sha256, text, StringComparison.Ordinal);
    }
}
