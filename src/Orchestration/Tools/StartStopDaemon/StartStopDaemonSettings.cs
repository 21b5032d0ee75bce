using Cake.Core.Tooling;

namespace Orchestration.Tools.StartStopDaemon;

/// <summary>Settings for Debian's <c>start-stop-daemon</c>.</summary>
internal sealed class StartStopDaemonSettings : ToolSettings
{
}
