using Cake.Core.Tooling;

namespace Orchestration.Tools.Conda;

/// <summary>What every conda call shares: <see cref="ToolSettings.ToolPath"/> is the conda to run, else conda or mamba on PATH.</summary>
internal abstract class CondaSettings : ToolSettings
{
}
