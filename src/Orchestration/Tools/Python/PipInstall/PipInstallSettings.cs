namespace Orchestration.Tools.Python.PipInstall;

/// <summary>Settings for <c>python -m pip install --no-input -r FILE</c>: never a question in a build log.</summary>
internal sealed class PipInstallSettings : PythonSettings
{
    /// <summary>The requirements file (<c>-r</c>).</summary>
    public required string Requirements { get; set; }
}
