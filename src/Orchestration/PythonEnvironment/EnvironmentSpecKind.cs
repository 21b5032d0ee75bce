namespace Orchestration.PythonEnvironment;

public enum EnvironmentSpecKind
{
    /// <summary>A pip requirements file: a venv is made with <c>python -m venv</c>.</summary>
    Requirements,

    /// <summary>A conda environment file: the environment is made with <c>conda env create</c>.</summary>
    Conda,
}
