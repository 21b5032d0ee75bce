using Cake.Core.Tooling;

namespace Orchestration.Tools.Mount;

/// <summary>Settings for <c>umount TARGET</c>.</summary>
internal sealed class UmountSettings : ToolSettings
{
}
