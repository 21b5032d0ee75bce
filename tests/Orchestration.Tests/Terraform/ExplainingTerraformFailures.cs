using Orchestration.Terraform;
using Orchestration.Tooling;

namespace Orchestration.Tests.Terraform;

public sealed class ExplainingTerraformFailures
{
    private const string Replan = "./build.sh --target=Plan --environment=local";

    [Fact]
    public void A_stale_plan_says_to_plan_again()
    {
        var failure = Failure(
            "Error: Saved plan is stale",
            string.Empty,
            "The given plan file can no longer be applied because the state was changed by",
            "another operation after the plan was created.");

        var explained = TerraformFailure.Explain(failure, "local", "/ws/terraform/environments/local", TimeSpan.FromSeconds(60), Replan);

        Assert.Equal(
            "The plan is stale: the state of environment 'local' changed after the plan was made, so Terraform refused it and changed nothing. "
            + "Run Plan again and approve the new plan: ./build.sh --target=Plan --environment=local",
            explained.Message);
        Assert.Same(failure, explained.InnerException);
    }

    [Fact]
    public void A_held_lock_is_named_with_who_holds_it_and_how_to_release_it()
    {
        var failure = Failure(
            "\u001b[31m╷\u001b[0m",
            "\u001b[31m│\u001b[0m \u001b[1m\u001b[31mError: \u001b[0mError acquiring the state lock",
            "│ ",
            "│ Error message: resource temporarily unavailable",
            "│ Lock Info:",
            "│   ID:        dafb8f42-e031-da03-2480-9bf903631f8b",
            "│   Path:      ../state/terraform.tfstate",
            "│   Operation: OperationTypeApply",
            "│   Who:       jenkins@agent-3",
            "│   Version:   1.11.4",
            "│   Created:   2026-11-22 03:41:23.191581023 +0000 UTC",
            "│   Info:      ");

        var explained = TerraformFailure.Explain(failure, "local", "/ws/terraform/environments/local", TimeSpan.FromSeconds(1), Replan);

        Assert.Equal(
            "The state of environment 'local' is locked by another Terraform run: lock dafb8f42-e031-da03-2480-9bf903631f8b, held by jenkins@agent-3 "
            + "for OperationTypeApply since 2026-11-22 03:41:23.191581023 +0000 UTC (state ../state/terraform.tfstate). Terraform waited 1s (--lock-timeout). "
            + "Wait for that run to finish and run this again. Only if that run is dead, release its lock: "
            + "terraform -chdir=/ws/terraform/environments/local force-unlock dafb8f42-e031-da03-2480-9bf903631f8b",
            explained.Message);
    }

    [Fact]
    public void Any_other_failure_is_left_as_it_is()
    {
        var failure = Failure("Error: Invalid value for variable");

        Assert.Same(failure, TerraformFailure.Explain(failure, "local", "/ws", TimeSpan.FromSeconds(60), Replan));
    }

    private static ToolFailedException Failure(params string[] standardError) =>
        new("terraform exited with code 1.") { ExitCode = 1, StandardError = standardError };
}
