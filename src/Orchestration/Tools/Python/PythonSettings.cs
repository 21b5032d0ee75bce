using Cake.Core.Tooling;

namespace Orchestration.Tools.Python;

/// <summary>
/// What every Python call shares: <see cref="ToolSettings.ToolPath"/> is the interpreter (python3 on PATH if unset).
/// Python 3.11's frozen modules make debugpy (loaded by ipykernel) warn on every start; the warning is turned off.
/// </summary>
internal abstract class PythonSettings : ToolSettings
{
    protected PythonSettings() => EnvironmentVariables["PYDEVD_DISABLE_FILE_VALIDATION"] = "1";
}
