using System.Text.RegularExpressions;
using Orchestration.Docker;
using Orchestration.Pipeline;

namespace Orchestration.Docker.Registry;

/// <summary>
/// Where images are pushed: <c>HOST[:PORT][/namespace]</c>, e.g. <c>127.0.0.1:5000</c>,
/// <c>registry.example.com/ml</c>, <c>123456789012.dkr.ecr.eu-west-1.amazonaws.com</c>.
/// </summary>
internal sealed partial record RegistryAddress(string Server, string? Namespace)
{
    public static RegistryAddress Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            throw ConfigurationError.Create(
                $"{DockerOptions.Registry}: '{text}' is not HOST[:PORT][/namespace] (for example 127.0.0.1:5000 or registry.example.com/team); "
                + "no scheme (http://), no tag, the namespace in lowercase.");
        }

        var server = match.Groups["server"].Value;
        // Docker reads a first part without '.' or ':' as a Docker Hub account, not as a registry.
        return server.Contains('.', StringComparison.Ordinal) || server.Contains(':', StringComparison.Ordinal) || server == "localhost"
            ? new RegistryAddress(server, match.Groups["namespace"].Success ? match.Groups["namespace"].Value : null)
            : throw ConfigurationError.Create(
                $"{DockerOptions.Registry}: '{server}' is not a registry host (it has no '.' or ':port'; Docker would read it as a Docker Hub account). "
                + "Give the host, e.g. registry.example.com, localhost:5000, or docker.io/" + text + " for Docker Hub.");
    }

    /// <summary>The name of <paramref name="repository"/>:<paramref name="tag"/> in this registry.</summary>
    public string Reference(string repository, string tag) => $"{this}/{repository}:{tag}";

    /// <summary>The repository's name in this registry, without tag: <c>host:port/namespace/name</c>.</summary>
    public string Repository(string repository) => $"{this}/{repository}";

    /// <summary>True for 127.0.0.0/8 and localhost: engines trust them without TLS, and so does this tool.</summary>
    public bool IsLoopback => Server.Split(':')[0] is var host && (host == "localhost" || host.StartsWith("127.", StringComparison.Ordinal));

    public override string ToString() => Namespace is null ? Server : $"{Server}/{Namespace}";

    [GeneratedRegex(@"^(?<server>(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::[0-9]{1,5})?)(?:/(?<namespace>[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*))?$")]
    private static partial Regex Pattern();
}
