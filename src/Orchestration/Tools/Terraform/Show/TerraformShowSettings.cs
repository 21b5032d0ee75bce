using Cake.Core.IO;

namespace Orchestration.Tools.Terraform.Show;

/// <summary><c>terraform show</c> of a saved plan, as text or JSON.</summary>
internal sealed class TerraformShowSettings : TerraformSettings
{
    /// <summary>The saved plan to show (required).</summary>
    public FilePath? PlanFile { get; set; }

    public TerraformOutputFormat OutputFormat { get; set; } = TerraformOutputFormat.PlainText;
}
