namespace Orchestration.Tools.Terraform.Version;

/// <summary><c>terraform version -json</c>.</summary>
internal sealed class TerraformVersionSettings : TerraformSettings
{
}
