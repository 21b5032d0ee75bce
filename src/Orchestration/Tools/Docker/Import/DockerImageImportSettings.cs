using Cake.Core.Tooling;

namespace Orchestration.Tools.Docker.Import;

/// <summary>Settings for <c>docker import [OPTIONS] file [REPOSITORY[:TAG]]</c>.</summary>
internal sealed class DockerImageImportSettings : ToolSettings
{
    /// <summary>--change, -c: Dockerfile instructions applied to the image (<c>ENV PATH=...</c>, <c>CMD [...]</c>).</summary>
    public string[] Change { get; set; } = [];

    /// <summary>--message, -m: the commit message of the imported image.</summary>
    public string? Message { get; set; }
}
