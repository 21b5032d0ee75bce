using Cake.Core.Tooling;

namespace Orchestration.Prerequisites;

public sealed class PackageToolSettings : ToolSettings
{
}
