using Cake.Core.Tooling;

namespace Orchestration.Tools.Docker.Manifest;

/// <summary>Settings for <c>docker manifest inspect [OPTIONS] NAME[:TAG]</c>.</summary>
internal sealed class DockerManifestInspectSettings : ToolSettings
{
    /// <summary>--insecure: allow a registry without TLS (a loopback registry, say).</summary>
    public bool Insecure { get; set; }
}
