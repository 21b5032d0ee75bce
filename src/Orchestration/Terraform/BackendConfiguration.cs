using Orchestration.Pipeline;
using Orchestration.Tools.Terraform.Init;

namespace Orchestration.Terraform;

/// <summary>
/// Backend settings for <c>terraform init</c>: files (<c>--backend-config=FILE</c>, repeatable, or
/// <c>TF_BACKEND_CONFIG</c>, comma-separated) and <c>key=value</c> pairs; by default the root's own
/// <c>backend.hcl</c> when it has one. Credentials come from the environment, never from here.
/// </summary>
internal static class BackendConfiguration
{
    public const string DefaultFile = "backend.hcl";

    public static void AddTo(TerraformInitSettings settings, IReadOnlyList<string> entries, string workspaceRoot, string rootDirectory)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(entries);
        var defaultFile = Path.Combine(rootDirectory, DefaultFile);
        if (entries.Count == 0 && File.Exists(defaultFile))
        {
            settings.BackendConfigFiles.Add(defaultFile);
            return;
        }

        foreach (var entry in entries)
        {
            var file = Path.GetFullPath(entry, workspaceRoot);
            if (File.Exists(file))
            {
                settings.BackendConfigFiles.Add(file);
            }
            else if (entry.IndexOf('=', StringComparison.Ordinal) is var equals and > 0)
            {
                settings.BackendConfigOverrides[entry[..equals].Trim()] = entry[(equals + 1)..].Trim();
            }
            else
            {
                throw ConfigurationError.Create(
                    $"{TerraformOptions.BackendConfig}={entry}: {file} does not exist; expected a backend configuration file or key=value.");
            }
        }
    }
}
