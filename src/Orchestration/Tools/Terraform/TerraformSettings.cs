using Cake.Core.Tooling;

namespace Orchestration.Tools.Terraform;

/// <summary>What every <c>terraform</c> command accepts.</summary>
internal abstract class TerraformSettings : ToolSettings
{
    /// <summary><c>-no-color</c>: plain text, for logs that are not a terminal.</summary>
    public bool NoColor { get; set; }
}
