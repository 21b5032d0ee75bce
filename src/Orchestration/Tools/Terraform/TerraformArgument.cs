using System.Text;
using System.Text.RegularExpressions;
using Cake.Core.IO;

namespace Orchestration.Tools.Terraform;

/// <summary>
/// A <c>name=value</c> argument (<c>-var</c>, <c>-backend-config</c>) quoted so that any value reaches
/// Terraform intact, with the value masked in logs when it is a secret.
/// </summary>
internal sealed partial class TerraformArgument(string name, string value, bool secret) : IProcessArgument
{
    public const string Redacted = "[REDACTED]";

    /// <summary>Names that hold secrets whatever the configuration declares.</summary>
    public static bool LooksSecret(string name) => SecretName().IsMatch(name);

    public string Render() => Quote($"{name}={value}");

    public string RenderSafe() => secret ? Quote($"{name}={Redacted}") : Render();

    public override string ToString() => RenderSafe();

    /// <summary>
    /// Quotes one argument for the command-line parser .NET uses to split arguments on every platform:
    /// backslashes are literal except before a quote, where they and the quote are escaped.
    /// </summary>
    internal static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        var backslashes = 0;
        foreach (var character in text)
        {
            if (character == '\\')
            {
                backslashes++;
                continue;
            }

            quoted.Append('\\', character == '"' ? (backslashes * 2) + 1 : backslashes).Append(character);
            backslashes = 0;
        }

        return quoted.Append('\\', backslashes * 2).Append('"').ToString();
    }

    [GeneratedRegex("password|secret|token|key", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
