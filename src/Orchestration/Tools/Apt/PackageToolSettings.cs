using Cake.Core.Tooling;

namespace Orchestration.Tools.Apt;

internal sealed class PackageToolSettings : ToolSettings
{
}
