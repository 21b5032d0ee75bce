using Cake.Core.Tooling;

namespace Orchestration.Tools.Apt.DpkgQueryShow;

/// <summary>Settings for <c>dpkg-query --show [--showformat=FORMAT] PACKAGE...</c>.</summary>
internal sealed class DpkgQueryShowSettings : ToolSettings
{
    /// <summary>What to print for each package (<c>--showformat</c>), in dpkg-query's <c>${Field}</c> syntax.</summary>
    public string? ShowFormat { get; set; }
}
