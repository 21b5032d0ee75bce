using Cake.Core.Tooling;

namespace Orchestration.Tools.Python;

/// <summary>Which Python to run: <see cref="ToolSettings.ToolPath"/> is the interpreter (python3 on PATH if unset).</summary>
internal class PythonSettings : ToolSettings
{
}

/// <summary><c>python -m venv</c>.</summary>
internal sealed class PythonVenvSettings : PythonSettings
{
    /// <summary>Let the environment see the base interpreter's packages (<c>--system-site-packages</c>).</summary>
    public bool SystemSitePackages { get; set; }
}

/// <summary><c>python -m pip install -r FILE</c>, never asking a question.</summary>
internal sealed class PipInstallSettings : PythonSettings
{
    public required string Requirements { get; set; }
}

/// <summary><c>python -m ipykernel install --prefix DIR --name NAME</c>.</summary>
internal sealed class IPyKernelInstallSettings : PythonSettings
{
    public required string Prefix { get; set; }

    public required string Name { get; set; }

    public string? DisplayName { get; set; }
}
