using Orchestration.Terraform;
using Orchestration.Tests.Fakes;
using Orchestration.Tools.Terraform;
using Orchestration.Tools.Terraform.Apply;

namespace Orchestration.Tests.Terraform;

public sealed class TerraformApplyArguments
{
    private readonly ToolFixture fixture = new();

    [Fact]
    public void Only_a_saved_plan_is_applied()
    {
        fixture.Context.TerraformApply(new TerraformApplySettings { Plan = "/ws/artifacts/plan/local/tfplan", NoColor = true }.Faked(), CancellationToken.None);

        Assert.Equal("apply -no-color -input=false -lock-timeout=60s \"/ws/artifacts/plan/local/tfplan\"", fixture.Runner.LastArguments);
    }

    [Fact]
    public void Parallelism_and_lock_timeout_are_passed()
    {
        fixture.Context.TerraformApply(new TerraformApplySettings { Plan = "/p", Parallelism = 1, LockTimeout = TimeSpan.FromMilliseconds(1500) }.Faked(), CancellationToken.None);

        Assert.Equal("apply -input=false -lock-timeout=2s -parallelism=1 \"/p\"", fixture.Runner.LastArguments);
    }

    [Fact]
    public void Without_a_plan_file_nothing_runs()
    {
        Assert.Throws<ArgumentException>(() => fixture.Context.TerraformApply(new TerraformApplySettings().Faked(), CancellationToken.None));

        Assert.Empty(fixture.Runner.Calls);
    }
}
