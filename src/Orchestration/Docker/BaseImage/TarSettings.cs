using Cake.Core.Tooling;

namespace Orchestration.Docker;

/// <summary>Settings for <c>tar</c>.</summary>
public sealed class TarSettings : ToolSettings
{
}
