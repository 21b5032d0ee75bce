using Cake.Core.Tooling;

namespace Orchestration.Tools.Mount;

/// <summary>Settings for <c>mount [-t TYPE] [-o OPTION,...] SOURCE TARGET</c>.</summary>
internal sealed class MountSettings : ToolSettings
{
    /// <summary>The file system type (<c>-t</c>), e.g. <c>overlay</c>.</summary>
    public string? Type { get; set; }

    /// <summary>Mount options (<c>-o</c>, joined by commas), e.g. <c>lowerdir=/a</c>.</summary>
    public IList<string> Options { get; } = [];
}
