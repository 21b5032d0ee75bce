namespace Orchestration.Tools.Terraform.Version;

/// <summary><c>terraform version -json</c>.</summary>
public sealed class TerraformVersionSettings : TerraformSettings
{
}
