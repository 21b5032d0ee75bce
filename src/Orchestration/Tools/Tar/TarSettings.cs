using Cake.Core.Tooling;

namespace Orchestration.Tools.Tar;

/// <summary>Settings for <c>tar</c>.</summary>
internal sealed class TarSettings : ToolSettings
{
}
