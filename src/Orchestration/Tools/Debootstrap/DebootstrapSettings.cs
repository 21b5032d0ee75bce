using Cake.Core.Tooling;

namespace Orchestration.Tools.Debootstrap;

/// <summary>Settings for <c>debootstrap [OPTIONS] SUITE TARGET MIRROR</c>.</summary>
internal sealed class DebootstrapSettings : ToolSettings
{
    /// <summary>--variant: <c>minbase</c> is the smallest system apt works in.</summary>
    public string? Variant { get; set; }

    /// <summary>--include: extra packages, with their dependencies.</summary>
    public string[] Include { get; set; } = [];
}
