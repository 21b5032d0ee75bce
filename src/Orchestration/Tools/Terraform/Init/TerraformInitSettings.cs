namespace Orchestration.Tools.Terraform.Init;

/// <summary><c>terraform init</c>: prepares a root (backend, modules, providers).</summary>
internal sealed class TerraformInitSettings : TerraformSettings
{
    /// <summary>Backend configuration files (<c>-backend-config=FILE</c>), in order.</summary>
    public IList<string> BackendConfigFiles { get; } = [];

    /// <summary>Backend settings (<c>-backend-config="key=value"</c>); values of secret-looking keys are masked.</summary>
    public IDictionary<string, string> BackendConfigOverrides { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>False gives <c>-backend=false</c>: modules and providers only.</summary>
    public bool Backend { get; set; } = true;

    /// <summary><c>-reconfigure</c>: ignore the backend configuration saved in <c>.terraform</c>.</summary>
    public bool ForceReconfigure { get; set; }
}
