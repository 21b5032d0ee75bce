using Cake.Core.Tooling;

namespace Orchestration.Tools.Python;

/// <summary>
/// What every Python call shares: <see cref="ToolSettings.ToolPath"/> is the interpreter (python3 on PATH if unset).
/// Python 3.11's frozen modules make debugpy (loaded by ipykernel) warn on every start; the warning is turned off.
/// </summary>
internal abstract class PythonSettings : ToolSettings
{
    protected PythonSettings() => EnvironmentVariables["PYDEVD_DISABLE_FILE_VALIDATION"] = "1";

    /// <summary>
    /// Where the call keeps its temporary files (TMPDIR); null: the system's. What a tool leaves there (pip stopped
    /// by a signal; ipykernel 6.17's install always leaves an empty <c>tmp*_kernels</c>) then goes with that folder.
    /// </summary>
    public string? TemporaryDirectory
    {
        get => EnvironmentVariables.TryGetValue("TMPDIR", out var folder) ? folder : null;
        set
        {
            if (value is null)
            {
                EnvironmentVariables.Remove("TMPDIR");
            }
            else
            {
                EnvironmentVariables["TMPDIR"] = value;
            }
        }
    }
}
