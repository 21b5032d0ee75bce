using System.Collections;
using Orchestration.Tooling;
using Orchestration.Tools.Terraform;

namespace Orchestration.Terraform;

/// <summary>
/// Terraform also reads variables from <c>TF_VAR_name</c>. Those whose names look secret (password,
/// secret, token, key) are registered with the masker, so nothing Terraform prints can show them.
/// </summary>
public static class TerraformVariableSecrets
{
    public const string Prefix = "TF_VAR_";

    public static void Register(IDictionary environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        foreach (DictionaryEntry variable in environment)
        {
            if (variable.Key is string name && name.StartsWith(Prefix, StringComparison.Ordinal)
                && TerraformArgument.LooksSecret(name[Prefix.Length..]) && variable.Value is string value)
            {
                Tooling.SecretMasker.Add(value);
            }
        }
    }
}
