using System.Globalization;
using System.Text;

namespace Orchestration.MachineServices.Registry;

/// <summary>The configuration file of a <c>docker-registry serve</c> that listens on 127.0.0.1 only.</summary>
internal static class RegistryConfiguration
{
    public static string Render(int port, string storageDirectory, LocalRegistryOptions options)
    {
        var yaml = new StringBuilder()
            .AppendLine("version: 0.1")
            .AppendLine("log:")
            .AppendLine("  level: info")
            .AppendLine("  accesslog:")
            .AppendLine("    disabled: true")
            .AppendLine("storage:")
            .AppendLine("  filesystem:")
            .Append("    rootdirectory: ").AppendLine(Quoted(storageDirectory))
            .AppendLine("  delete:")
            .AppendLine("    enabled: true");
        if (options.ReadOnly)
        {
            yaml.AppendLine("  maintenance:")
                .AppendLine("    readonly:")
                .AppendLine("      enabled: true");
        }

        yaml.AppendLine("http:")
            .Append("  addr: ").AppendLine(string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{port}"));
        if (options.HtpasswdFile is { } htpasswd)
        {
            yaml.AppendLine("auth:")
                .AppendLine("  htpasswd:")
                .AppendLine("    realm: orchestration")
                .Append("    path: ").AppendLine(Quoted(htpasswd));
        }

        return yaml.ToString();
    }

    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
