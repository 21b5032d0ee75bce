using Cake.Core.Tooling;

namespace Orchestration.Tools.Docker.Push;

/// <summary>Settings for <c>docker push [OPTIONS] NAME[:TAG]</c>.</summary>
internal sealed class DockerImagePushSettings : ToolSettings
{
    /// <summary>--all-tags, -a: push all tags of the repository.</summary>
    public bool AllTags { get; set; }

    /// <summary>--disable-content-trust: skip image signing (docker's default is true).</summary>
    public bool? DisableContentTrust { get; set; }

    /// <summary>--quiet, -q: suppress verbose output.</summary>
    public bool Quiet { get; set; }
}
