using Orchestration.Pipeline;
using Orchestration.Terraform;

namespace Orchestration.Tests.Terraform;

public sealed class NamingBuildCommands
{
    [Fact]
    public void A_root_outside_the_default_folder_is_named_in_the_command()
    {
        var plan = SamplePlans.Deployment() with { RootDirectory = "infra/envs/staging" };

        Assert.Equal(
            "./build.sh --target=Apply --exclusive --environment=staging --terraform-dir=infra/envs --approve=" + SamplePlans.Sha256,
            BuildCommands.Approve(plan));
    }

    [Fact]
    public void Replanning_names_plan_or_destroy()
    {
        Assert.Equal("./build.sh --target=Plan --environment=local", BuildCommands.Replan(false, "local", "terraform/environments/local"));
        Assert.Equal("./build.sh --target=Destroy --environment=local", BuildCommands.Replan(true, "local", "terraform/environments/local"));
    }
}
