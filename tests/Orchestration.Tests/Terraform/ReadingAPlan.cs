using Orchestration.Terraform;

namespace Orchestration.Tests.Terraform;

public sealed class ReadingAPlan
{
    private const string Json = """
        {
          "format_version": "1.2",
          "resource_changes": [
            { "address": "module.endpoint.terraform_data.container", "change": { "actions": ["delete", "create"] } },
            { "address": "terraform_data.added", "change": { "actions": ["create"] } },
            { "address": "terraform_data.edited", "change": { "actions": ["update"] } },
            { "address": "terraform_data.kept", "change": { "actions": ["no-op"] } },
            { "address": "terraform_data.gone", "change": { "actions": ["delete"] } },
            { "address": "terraform_data.swapped", "change": { "actions": ["create", "delete"] } },
            { "address": "data.terraform_remote_state.x", "change": { "actions": ["read"] } }
          ],
          "output_changes": {
            "endpoint_url": { "actions": ["update"] },
            "unchanged": { "actions": ["no-op"] }
          }
        }
        """;

    [Fact]
    public void Every_change_but_no_ops_is_listed_with_its_action_in_terraforms_order()
    {
        var changes = PlanJson.ResourceChanges(Json);

        Assert.Equal(
            [
                new PlannedChange("module.endpoint.terraform_data.container", PlanAction.Replace),
                new PlannedChange("terraform_data.added", PlanAction.Create),
                new PlannedChange("terraform_data.edited", PlanAction.Update),
                new PlannedChange("terraform_data.gone", PlanAction.Delete),
                new PlannedChange("terraform_data.swapped", PlanAction.Replace),
                new PlannedChange("data.terraform_remote_state.x", PlanAction.Read),
            ],
            changes);
    }

    [Fact]
    public void A_replace_counts_as_an_add_and_a_destroy_as_terraform_counts_it()
    {
        var counts = PlanCounts.Of(PlanJson.ResourceChanges(Json));

        Assert.Equal(new PlanCounts(Add: 3, Change: 1, Destroy: 3), counts);
        Assert.Equal("3 to add, 1 to change, 3 to destroy", counts.ToString());
    }

    [Fact]
    public void Changed_outputs_are_listed()
    {
        Assert.Equal(["endpoint_url"], PlanJson.ChangedOutputs(Json));
    }

    [Fact]
    public void A_plan_without_resources_has_no_changes()
    {
        Assert.Empty(PlanJson.ResourceChanges("""{"format_version": "1.2"}"""));
    }

    [Fact]
    public void An_action_this_code_does_not_know_is_an_error_not_a_silent_no_op()
    {
        Assert.Throws<FormatException>(() => PlanJson.ToAction(["teleport"]));
    }

    [Fact]
    public void Output_that_is_not_json_is_reported_as_such()
    {
        var failure = Assert.Throws<FormatException>(() => PlanJson.ResourceChanges("Warning: something"));

        Assert.StartsWith("terraform show -json did not print a JSON plan", failure.Message, StringComparison.Ordinal);
    }
}
