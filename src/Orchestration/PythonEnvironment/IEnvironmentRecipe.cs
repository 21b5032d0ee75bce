namespace Orchestration.PythonEnvironment;

/// <summary>One way of making an environment from a spec (a venv with pip, or conda).</summary>
internal interface IEnvironmentRecipe
{
    /// <summary>The program the environment is made with and its version: part of the environment's hash.</summary>
    (string Tool, string Version) Basis(CancellationToken cancellationToken);

    bool SystemSitePackages { get; }

    string Describe();

    Task CreateAsync(string directory, EnvironmentSpec spec, CancellationToken cancellationToken);

    IReadOnlyList<string> Packages(string directory, CancellationToken cancellationToken);

    /// <summary>What to add to the "ipykernel is missing" message.</summary>
    string IPyKernelHint { get; }
}
