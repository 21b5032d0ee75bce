namespace Orchestration.PythonEnvironment;

/// <summary>The isolated Python environment the notebook runs in.</summary>
public sealed record PythonEnvironmentRecord
{
    /// <summary>The environment's folder: <c>.work/envs/&lt;hash&gt;</c>.</summary>
    public required string Directory { get; init; }

    /// <summary>The environment's own interpreter.</summary>
    public required string Python { get; init; }

    /// <summary>Hash of the spec file and the base interpreter: the environment is reused while it is unchanged.</summary>
    public required string SpecHash { get; init; }

    /// <summary>The spec file it was made from, relative to the model project.</summary>
    public required string Spec { get; init; }

    /// <summary>The Jupyter kernel registered for it, and the folder to add to JUPYTER_PATH to find it.</summary>
    public required string KernelName { get; init; }

    public required string JupyterPath { get; init; }

    public required string PythonVersion { get; init; }

    /// <summary>Installed packages as <c>pip freeze</c> (or <c>conda list --export</c>) prints them.</summary>
    public required IReadOnlyList<string> Packages { get; init; }

    public bool Reused { get; init; }
}
