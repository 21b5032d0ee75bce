using Orchestration.Terraform;
using Orchestration.Tests.Fakes;
using Orchestration.Tooling;
using Orchestration.Tools.Terraform;
using Orchestration.Tools.Terraform.Plan;

namespace Orchestration.Tests.Terraform;

public sealed class TerraformPlanArguments
{
    private readonly ToolFixture fixture = new();

    [Fact]
    public void A_plan_is_saved_with_its_variables_in_name_order_and_never_prompts()
    {
        var settings = new TerraformPlanSettings { OutFile = "/ws/artifacts/plan/local/tfplan", NoColor = true }.Faked();
        settings.Variables["model_name"] = "salary-regression";
        settings.Variables["image"] = "salary-regression:2.7";

        fixture.Context.TerraformPlan(settings, CancellationToken.None);

        Assert.Equal(
            "plan -no-color -input=false -lock-timeout=60s -detailed-exitcode -out=\"/ws/artifacts/plan/local/tfplan\" -var \"image=salary-regression:2.7\" -var \"model_name=salary-regression\"",
            fixture.Runner.LastArguments);
    }

    [Fact]
    public void Destroy_parallelism_lock_timeout_and_a_variables_file_are_passed()
    {
        var settings = new TerraformPlanSettings
        {
            Destroy = true,
            Parallelism = 2,
            LockTimeout = TimeSpan.FromSeconds(5),
            InputVariablesFile = "/ws/extra.tfvars",
        }.Faked();

        fixture.Context.TerraformPlan(settings, CancellationToken.None);

        Assert.Equal("plan -input=false -lock-timeout=5s -detailed-exitcode -destroy -parallelism=2 -var-file=\"/ws/extra.tfvars\"", fixture.Runner.LastArguments);
    }

    [Fact]
    public void A_destroy_is_a_saved_plan_with_destroy()
    {
        fixture.Context.TerraformPlan(new TerraformPlanSettings { Destroy = true, OutFile = "/ws/tfplan" }.Faked(), CancellationToken.None);

        Assert.Equal("plan -input=false -lock-timeout=60s -detailed-exitcode -destroy -out=\"/ws/tfplan\"", fixture.Runner.LastArguments);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(2, true)]
    public void The_detailed_exit_code_says_whether_there_are_changes(int exitCode, bool hasChanges)
    {
        fixture.Runner.Answer(exitCode);

        Assert.Equal(hasChanges, fixture.Context.TerraformPlan(new TerraformPlanSettings().Faked(), CancellationToken.None));
    }

    [Fact]
    public void Exit_code_1_is_a_failure()
    {
        fixture.Runner.Answer(1, error: ["Error: No value for required variable"]);

        var failure = Assert.Throws<ToolFailedException>(() => fixture.Context.TerraformPlan(new TerraformPlanSettings().Faked(), CancellationToken.None));

        Assert.Contains("No value for required variable", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Secret_and_sensitive_variables_reach_terraform_but_are_masked_in_the_log()
    {
        var settings = new TerraformPlanSettings().Faked();
        settings.Variables["api_token"] = "tok-123456789";
        settings.Variables["db_login"] = "pw-987654321";
        settings.Variables["region"] = "eu-west-1";
        settings.SensitiveVariables.Add("db_login");

        fixture.Context.TerraformPlan(settings, CancellationToken.None);

        Assert.EndsWith("-var \"api_token=tok-123456789\" -var \"db_login=pw-987654321\" -var \"region=eu-west-1\"", fixture.Runner.LastArguments, StringComparison.Ordinal);
        Assert.EndsWith("-var \"api_token=[REDACTED]\" -var \"db_login=[REDACTED]\" -var \"region=eu-west-1\"", fixture.Runner.LastSafeArguments, StringComparison.Ordinal);
        Assert.DoesNotContain("tok-123456789", fixture.Log.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_with_quotes_and_backslashes_are_quoted_for_the_process()
    {
        var settings = new TerraformPlanSettings().Faked();
        settings.Variables["label"] = "say \"hi\" C:\\dir\\";

        fixture.Context.TerraformPlan(settings, CancellationToken.None);

        Assert.EndsWith("-var \"label=say \\\"hi\\\" C:\\dir\\\\\"", fixture.Runner.LastArguments, StringComparison.Ordinal);
    }
}
