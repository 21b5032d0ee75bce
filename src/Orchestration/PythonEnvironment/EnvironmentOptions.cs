using Orchestration.MachineServices.Prerequisites;

namespace Orchestration.PythonEnvironment;

/// <summary>How the Environment stage builds environments (arguments --python and --system-site-packages).</summary>
public sealed record EnvironmentOptions
{
    /// <summary>Where environments live: one folder per hash (<c>.work/envs</c>).</summary>
    public required string EnvironmentsDirectory { get; init; }

    /// <summary>The interpreter a venv is made from: a path or a name on PATH; null for the default (<see cref="PythonInterpreter.Default"/>).</summary>
    public string? Interpreter { get; init; }

    /// <summary>
    /// Whether a venv sees the interpreter's packages. True by default: on a machine without PyPI the
    /// notebook's packages come from Debian (python3-sklearn, python3-ipykernel, ...). False isolates strictly.
    /// </summary>
    public bool SystemSitePackages { get; init; } = true;

    /// <summary>
    /// Whether the Debian packages of the project's apt.txt that are missing are installed (as root, by default) or
    /// refused with the apt-get line to run (another user, or ORCHESTRATION_INSTALL_PACKAGES=false).
    /// </summary>
    public bool InstallDebianPackages { get; init; } = SystemPackages.MayInstall;
}
