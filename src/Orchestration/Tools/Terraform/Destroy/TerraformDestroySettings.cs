using Orchestration.Tools.Terraform.Plan;

namespace Orchestration.Tools.Terraform.Destroy;

/// <summary>
/// A destroy is a plan with <c>-destroy</c>, saved, approved and applied like any other plan — never
/// <c>terraform destroy -auto-approve</c>.
/// </summary>
internal sealed class TerraformDestroySettings : TerraformPlanSettings
{
    public TerraformDestroySettings()
    {
        Destroy = true;
    }
}
