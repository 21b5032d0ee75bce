namespace Orchestration.Tools.Terraform.Show;

internal enum TerraformOutputFormat
{
    PlainText,

    /// <summary><c>-json</c>: machine-readable (for a plan: resource_changes with their actions).</summary>
    Json,
}
