using Cake.Core.Tooling;

namespace Orchestration.Tools.Docker.Version;

/// <summary>Settings for <c>docker version</c>.</summary>
internal sealed class DockerVersionSettings : ToolSettings
{
}
