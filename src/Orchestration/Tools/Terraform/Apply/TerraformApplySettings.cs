using Cake.Core.IO;

namespace Orchestration.Tools.Terraform.Apply;

/// <summary>
/// <c>terraform apply</c> of a SAVED plan, and nothing else: there is no way to ask this wrapper for a
/// fresh plan or <c>-auto-approve</c>.
/// </summary>
internal sealed class TerraformApplySettings : TerraformSettings
{
    /// <summary>The saved plan file to apply (required).</summary>
    public FilePath? Plan { get; set; }

    /// <summary><c>-parallelism=N</c>; Terraform's default (10) when null.</summary>
    public int? Parallelism { get; set; }

    /// <summary>How long to wait for the state lock (<c>-lock-timeout</c>).</summary>
    public TimeSpan LockTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
