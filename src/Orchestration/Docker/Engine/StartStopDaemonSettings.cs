using Cake.Core.Tooling;

namespace Orchestration.Docker;

/// <summary>Settings for Debian's <c>start-stop-daemon</c>.</summary>
public sealed class StartStopDaemonSettings : ToolSettings
{
}
