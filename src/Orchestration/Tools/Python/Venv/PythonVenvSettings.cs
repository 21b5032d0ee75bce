namespace Orchestration.Tools.Python.Venv;

/// <summary>Settings for <c>python -m venv [--system-site-packages] DIRECTORY</c>.</summary>
internal sealed class PythonVenvSettings : PythonSettings
{
    /// <summary>Let the environment see the base interpreter's packages (<c>--system-site-packages</c>).</summary>
    public bool SystemSitePackages { get; set; }
}
