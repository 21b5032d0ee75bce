using Cake.Core;
using Orchestration.Tooling;

namespace Orchestration.Tools.Terraform.Init;

internal sealed class TerraformInitRunner(ICakeContext context) : TerraformTool<TerraformInitSettings>(context)
{
    public ToolResult Init(TerraformInitSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var arguments = Command("init", settings).Append("-input=false");
        if (!settings.Backend)
        {
            arguments.Append("-backend=false");
        }

        if (settings.ForceReconfigure)
        {
            arguments.Append("-reconfigure");
        }

        foreach (var file in settings.BackendConfigFiles)
        {
            arguments.AppendSwitchQuoted("-backend-config", "=", file);
        }

        foreach (var (key, value) in settings.BackendConfigOverrides.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            var secret = TerraformArgument.LooksSecret(key);
            if (secret)
            {
                SecretMasker.Add(value);
            }

            arguments.Append("-backend-config").Append(new TerraformArgument(key, value, secret));
        }

        return Run(settings, arguments, null, cancellationToken);
    }
}
