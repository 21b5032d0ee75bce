namespace Orchestration.Tools.Terraform.Output;

/// <summary><c>terraform output</c>: the root's output values from the state.</summary>
internal sealed class TerraformOutputSettings : TerraformSettings
{
    /// <summary>One output (all of them when null).</summary>
    public string? OutputName { get; set; }

    /// <summary><c>-json</c>.</summary>
    public bool Json { get; set; }

    /// <summary><c>-raw</c>: the bare string value of one output.</summary>
    public bool Raw { get; set; }
}
