using Orchestration.Pipeline;
using Orchestration.Terraform;
using Orchestration.Configuration;

namespace Orchestration.Tests.Terraform;

internal static class SamplePlans
{
    public const string Sha256 = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    public static PlanRecord Deployment(bool hasChanges = true) => new()
    {
        Environment = "staging",
        RootDirectory = "terraform/environments/staging",
        PlanFile = "artifacts/plan/staging/tfplan",
        Sha256 = Sha256,
        HasChanges = hasChanges,
        Identity = ModelIdentity.Parse("salary-regression.2.7"),
        Image = "127.0.0.1:5000/salary-regression:2.7",
        ImageDigest = "sha256:" + new string('a', 64),
        Counts = hasChanges ? new PlanCounts(1, 0, 1) : new PlanCounts(0, 0, 0),
        Changes = hasChanges ? [new PlannedChange("module.endpoint.terraform_data.container", PlanAction.Replace)] : [],
        CreatedAt = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero),
        TerraformVersion = "1.11.4",
    };
}
