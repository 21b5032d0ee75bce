using Cake.Core.Tooling;

namespace Orchestration.Tools.Tar;

/// <summary>Settings for <c>tar</c>.</summary>
public sealed class TarSettings : ToolSettings
{
}
