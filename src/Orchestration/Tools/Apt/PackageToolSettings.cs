using Cake.Core.Tooling;

namespace Orchestration.Tools.Apt;

public sealed class PackageToolSettings : ToolSettings
{
}
