namespace Orchestration.Tools.Python.PipInstall;

/// <summary>Settings for <c>python -m pip install --no-input -r FILE</c>: never a question in a build log.</summary>
internal sealed class PipInstallSettings : PythonSettings
{
    /// <summary>The requirements file (<c>-r</c>).</summary>
    public required string Requirements { get; set; }

    /// <summary>
    /// Where pip keeps its temporary folders (TMPDIR); null: the system's. A pip stopped by a signal leaves them
    /// behind, so the Environment stage puts them inside the environment it builds, which it deletes when stopped.
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
