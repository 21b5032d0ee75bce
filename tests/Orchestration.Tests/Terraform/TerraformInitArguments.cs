using Orchestration.Terraform;
using Orchestration.Tests.Fakes;
using Orchestration.Tools.Terraform;
using Orchestration.Tools.Terraform.Init;

namespace Orchestration.Tests.Terraform;

public sealed class TerraformInitArguments
{
    private readonly ToolFixture fixture = new();

    [Fact]
    public void Init_never_asks_for_input()
    {
        fixture.Context.TerraformInit(new TerraformInitSettings().Faked(), CancellationToken.None);

        Assert.Equal("init -input=false", fixture.Runner.LastArguments);
    }

    [Fact]
    public void Backend_files_and_settings_are_passed_in_order_with_secret_values_masked()
    {
        var settings = new TerraformInitSettings { NoColor = true }.Faked();
        settings.BackendConfigFiles.Add("/ws/backend.hcl");
        settings.BackendConfigOverrides["bucket"] = "state-bucket";
        settings.BackendConfigOverrides["secret_key"] = "abcd-secret-1234";

        fixture.Context.TerraformInit(settings, CancellationToken.None);

        Assert.Equal(
            "init -no-color -input=false -backend-config=\"/ws/backend.hcl\" -backend-config \"bucket=state-bucket\" -backend-config \"secret_key=abcd-secret-1234\"",
            fixture.Runner.LastArguments);
        Assert.Equal(
            "init -no-color -input=false -backend-config=\"/ws/backend.hcl\" -backend-config \"bucket=state-bucket\" -backend-config \"secret_key=[REDACTED]\"",
            fixture.Runner.LastSafeArguments);
    }

    [Fact]
    public void Modules_and_providers_only_without_the_backend()
    {
        fixture.Context.TerraformInit(new TerraformInitSettings { Backend = false, ForceReconfigure = true }.Faked(), CancellationToken.None);

        Assert.Equal("init -input=false -backend=false -reconfigure", fixture.Runner.LastArguments);
    }

    [Fact]
    public void Every_command_runs_in_automation_mode()
    {
        fixture.Context.TerraformInit(new TerraformInitSettings().Faked(), CancellationToken.None);

        Assert.Equal("1", fixture.Runner.Calls[^1].Settings.EnvironmentVariables["TF_IN_AUTOMATION"]);
    }
}
