using Cake.Core.Tooling;

namespace Orchestration.Tools.Mount;

/// <summary>Settings for <c>mount</c> and <c>umount</c>.</summary>
internal sealed class MountSettings : ToolSettings
{
}
