using Cake.Core.Tooling;

namespace Orchestration.Tools.Docker.Inspect;

/// <summary>Settings for <c>docker inspect [OPTIONS] NAME|ID [NAME|ID...]</c>.</summary>
internal sealed class DockerInspectSettings : ToolSettings
{
    /// <summary>--format, -f: a Go template for the output.</summary>
    public string? Format { get; set; }

    /// <summary>--type: only objects of this type (<c>image</c>, <c>container</c>, ...).</summary>
    public string? Type { get; set; }
}
