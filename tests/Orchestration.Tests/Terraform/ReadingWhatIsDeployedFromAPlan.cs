using Orchestration.Terraform;

namespace Orchestration.Tests.Terraform;

/// <summary>What a deployment's plan says is deployed: its output changes' before values, as Terraform 1.11 writes them.</summary>
public sealed class ReadingWhatIsDeployedFromAPlan
{
    [Fact]
    public void The_first_plan_of_an_environment_finds_nothing_deployed()
    {
        const string Json = """
            {
              "format_version": "1.2",
              "terraform_version": "1.11.4",
              "prior_state": { "format_version": "1.0", "terraform_version": "1.11.4",
                "values": { "outputs": { "model_identity": { "sensitive": false, "value": "salary-regression.1.1", "type": "string" } }, "root_module": {} } },
              "output_changes": {
                "model_identity": { "actions": ["create"], "before": null, "after": "salary-regression.1.1", "after_unknown": false, "before_sensitive": false, "after_sensitive": false },
                "endpoint_url": { "actions": ["create"], "before": null, "after_unknown": true, "before_sensitive": false, "after_sensitive": false }
              }
            }
            """;

        Assert.Empty(PlanJson.DeployedOutputs(Json));
    }

    [Fact]
    public void A_changed_output_gives_the_value_in_the_state_not_the_planned_one()
    {
        // prior_state already holds the new value of an output Terraform could evaluate: it is not what is deployed.
        const string Json = """
            {
              "format_version": "1.2",
              "prior_state": { "values": { "outputs": {
                "model_identity": { "sensitive": false, "value": "salary-regression.1.2", "type": "string" },
                "image_digest": { "sensitive": false, "value": "sha256:bbbb", "type": "string" } } } },
              "output_changes": {
                "model_identity": { "actions": ["update"], "before": "salary-regression.1.1", "after": "salary-regression.1.2", "after_unknown": false, "before_sensitive": false, "after_sensitive": false },
                "image_digest": { "actions": ["update"], "before": "sha256:aaaa", "after": "sha256:bbbb", "after_unknown": false, "before_sensitive": false, "after_sensitive": false },
                "endpoint_url": { "actions": ["update"], "before": "http://127.0.0.1:8080", "after_unknown": true, "before_sensitive": false, "after_sensitive": false }
              }
            }
            """;

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["model_identity"] = "salary-regression.1.1",
                ["image_digest"] = "sha256:aaaa",
                ["endpoint_url"] = "http://127.0.0.1:8080",
            },
            PlanJson.DeployedOutputs(Json));
    }

    [Fact]
    public void Unchanged_and_sensitive_string_outputs_are_read_and_other_types_left_out()
    {
        const string Json = """
            {
              "format_version": "1.2",
              "output_changes": {
                "model_sha256": { "actions": ["no-op"], "before": "3f9a", "after": "3f9a", "after_unknown": false, "before_sensitive": false, "after_sensitive": false },
                "token": { "actions": ["no-op"], "before": "s3cret", "after": "s3cret", "after_unknown": false, "before_sensitive": true, "after_sensitive": true },
                "port": { "actions": ["no-op"], "before": 8080, "after": 8080, "after_unknown": false, "before_sensitive": false, "after_sensitive": false },
                "tags": { "actions": ["no-op"], "before": { "a": "b" }, "after": { "a": "b" }, "after_unknown": false, "before_sensitive": false, "after_sensitive": false }
              }
            }
            """;

        Assert.Equal(new Dictionary<string, string> { ["model_sha256"] = "3f9a", ["token"] = "s3cret" }, PlanJson.DeployedOutputs(Json));
    }

    [Fact]
    public void A_plan_of_a_root_without_outputs_finds_nothing_deployed()
    {
        Assert.Empty(PlanJson.DeployedOutputs("""{ "format_version": "1.2", "prior_state": { "values": { "root_module": {} } } }"""));
    }
}
