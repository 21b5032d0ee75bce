using Cake.Core.Tooling;

namespace Orchestration.Tools.Tar;

/// <summary>Settings for <c>tar --create --file=ARCHIVE [--directory=DIR] [--numeric-owner] MEMBER...</c>.</summary>
internal sealed class TarCreateSettings : ToolSettings
{
    /// <summary>The archive to write (<c>--file</c>).</summary>
    public required string File { get; set; }

    /// <summary>The folder the members are named relative to (<c>--directory</c>).</summary>
    public string? Directory { get; set; }

    /// <summary>Record owners as numbers, not names (<c>--numeric-owner</c>): what a root file system for <c>docker import</c> wants.</summary>
    public bool NumericOwner { get; set; }
}
