namespace Orchestration.Tools.Python.IPyKernelInstall;

/// <summary>Settings for <c>python -m ipykernel install --prefix DIR --name NAME [--display-name TEXT]</c>.</summary>
internal sealed class IPyKernelInstallSettings : PythonSettings
{
    /// <summary>Where the kernel spec goes (<c>--prefix</c>): under PREFIX/share/jupyter/kernels.</summary>
    public required string Prefix { get; set; }

    /// <summary>The kernel's name (<c>--name</c>), which a notebook run asks for.</summary>
    public required string Name { get; set; }

    /// <summary>The name Jupyter shows (<c>--display-name</c>).</summary>
    public string? DisplayName { get; set; }
}
