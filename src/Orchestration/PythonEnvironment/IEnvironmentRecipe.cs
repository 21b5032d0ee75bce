namespace Orchestration.PythonEnvironment;

/// <summary>One way of making an environment from a spec (a venv with pip, or conda).</summary>
internal interface IEnvironmentRecipe
{
    /// <summary>The program the environment is made with and its version: part of the environment's hash.</summary>
    (string Tool, string Version) Basis();

    bool SystemSitePackages { get; }

    string Describe();

    void Create(string directory, EnvironmentSpec spec);

    IReadOnlyList<string> Packages(string directory);

    /// <summary>What to add to the "ipykernel is missing" message.</summary>
    string IPyKernelHint { get; }
}
