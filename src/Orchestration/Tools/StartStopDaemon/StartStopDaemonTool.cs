using Cake.Core;
using Cake.Core.Tooling;
using Orchestration.Tooling;

namespace Orchestration.Tools.StartStopDaemon;

/// <summary>
/// Debian's <c>start-stop-daemon</c>, which both verbs' runners derive from: it starts a server detached from the
/// build (its own session, output to a file, so it outlives the build and holds none of its pipes), and stops exactly
/// the process a pid file names, and only when that process runs the expected program.
/// </summary>
internal abstract class StartStopDaemonTool<TSettings>(ICakeContext context) : CommandLineTool<TSettings>(context)
    where TSettings : ToolSettings
{
    protected override string InstallHint => "start-stop-daemon comes with Debian's dpkg; on other systems start the Docker engine yourself and set DOCKER_HOST.";

    protected override string GetToolName() => "start-stop-daemon";

    protected override IEnumerable<string> GetToolExecutableNames() => ["start-stop-daemon"];
}
