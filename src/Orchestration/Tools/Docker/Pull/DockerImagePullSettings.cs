using Cake.Core.Tooling;

namespace Orchestration.Tools.Docker.Pull;

/// <summary>Settings for <c>docker pull [OPTIONS] NAME[:TAG|@DIGEST]</c>.</summary>
internal sealed class DockerImagePullSettings : ToolSettings
{
    /// <summary>--quiet, -q: suppress verbose output.</summary>
    public bool Quiet { get; set; }
}
