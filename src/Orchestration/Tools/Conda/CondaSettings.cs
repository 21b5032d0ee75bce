using Cake.Core.Tooling;

namespace Orchestration.Tools.Conda;

/// <summary>Which conda to run: <see cref="ToolSettings.ToolPath"/>, else conda or mamba on PATH.</summary>
internal class CondaSettings : ToolSettings
{
}

/// <summary><c>conda env create --prefix DIR --file environment.yml</c>.</summary>
internal sealed class CondaEnvCreateSettings : CondaSettings
{
    public required string Prefix { get; set; }

    public required string File { get; set; }
}
