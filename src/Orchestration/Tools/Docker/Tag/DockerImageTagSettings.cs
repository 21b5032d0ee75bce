using Cake.Core.Tooling;

namespace Orchestration.Tools.Docker.Tag;

/// <summary>Settings for <c>docker tag SOURCE_IMAGE TARGET_IMAGE</c>.</summary>
internal sealed class DockerImageTagSettings : ToolSettings
{
}
