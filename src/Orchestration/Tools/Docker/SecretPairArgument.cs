using Cake.Core.IO;

namespace Orchestration.Tools.Docker;

/// <summary>
/// A <c>NAME=value</c> argument (a build argument or a label) whose value is redacted in logged
/// command lines when its name looks like a secret's; the name stays readable.
/// </summary>
internal sealed class SecretPairArgument(string pair) : IProcessArgument
{
    private static readonly string[] SecretWords = ["PASSWORD", "PASSWD", "SECRET", "TOKEN", "APIKEY", "API_KEY", "API-KEY", "CREDENTIAL", "PRIVATE_KEY", "ACCESS_KEY"];

    public static bool IsSecretName(string name) =>
        SecretWords.Any(word => name.Contains(word, StringComparison.OrdinalIgnoreCase));

    public string Render() => pair;

    public string RenderSafe()
    {
        var separator = pair.IndexOf('=', StringComparison.Ordinal);
        return separator > 0 && IsSecretName(pair[..separator]) ? pair[..(separator + 1)] + "[REDACTED]" : pair;
    }

    public override string ToString() => RenderSafe();
}
