namespace Orchestration.Terraform;

/// <summary><c>terraform version -json</c>.</summary>
public sealed class TerraformVersionSettings : TerraformSettings
{
}
