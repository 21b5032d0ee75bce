using Cake.Core;
using Cake.Core.Tooling;
using Orchestration.Tooling;

namespace Orchestration.Tools.Docker;

/// <summary>
/// The docker CLI, which every verb's runner derives from. The engine it talks to is DOCKER_HOST as
/// usual: inherited from the environment, or set for one call in the settings' environment variables.
/// </summary>
internal abstract class DockerTool<TSettings>(ICakeContext context) : CommandLineTool<TSettings>(context)
    where TSettings : ToolSettings
{
    protected override string InstallHint =>
        "Install the Docker CLI (as root: apt-get install -y docker.io) or set its path in the tool settings.";

    protected override string GetToolName() => "docker";

    protected override IEnumerable<string> GetToolExecutableNames() => ["docker"];
}
