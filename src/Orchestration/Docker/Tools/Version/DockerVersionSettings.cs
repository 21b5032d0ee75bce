using Cake.Core.Tooling;

namespace Orchestration.Docker;

/// <summary>Settings for <c>docker version</c>.</summary>
public sealed class DockerVersionSettings : ToolSettings
{
}
