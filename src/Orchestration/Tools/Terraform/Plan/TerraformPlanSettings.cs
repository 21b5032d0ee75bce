using Cake.Core.IO;

namespace Orchestration.Tools.Terraform.Plan;

/// <summary>
/// <c>terraform plan</c>, always with <c>-input=false -detailed-exitcode</c>: a missing variable is an
/// error, never a prompt, and the exit code says whether anything would change.
/// </summary>
internal sealed class TerraformPlanSettings : TerraformSettings
{
    /// <summary>Where to save the plan (<c>-out</c>): the file that gets approved and applied.</summary>
    public FilePath? OutFile { get; set; }

    /// <summary>Input variables (<c>-var "name=value"</c>), passed in name order.</summary>
    public IDictionary<string, string> Variables { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// Variables whose values are masked in logs, besides those whose names look secret
    /// (password, secret, token, key) — e.g. the ones the configuration declares <c>sensitive</c>.
    /// </summary>
    public ISet<string> SensitiveVariables { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>A variable definitions file (<c>-var-file</c>).</summary>
    public FilePath? InputVariablesFile { get; set; }

    /// <summary>
    /// <c>-destroy</c>: plan to destroy everything in the state. A destroy is a plan like any other, saved, approved
    /// and applied — never <c>terraform destroy -auto-approve</c>.
    /// </summary>
    public bool Destroy { get; set; }

    /// <summary><c>-parallelism=N</c>; Terraform's default (10) when null.</summary>
    public int? Parallelism { get; set; }

    /// <summary>How long to wait for the state lock (<c>-lock-timeout</c>).</summary>
    public TimeSpan LockTimeout { get; set; } = TimeSpan.FromSeconds(60);

    internal bool IsSensitive(string name) => SensitiveVariables.Contains(name) || TerraformArgument.LooksSecret(name);
}
