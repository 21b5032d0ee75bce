using Cake.Core;
using Orchestration.Pipeline;
using Orchestration.Tools.Conda;
using Orchestration.Tools.Conda.EnvCreate;
using Orchestration.Tools.Conda.List;
using Orchestration.Tools.Conda.Version;

namespace Orchestration.PythonEnvironment;

/// <summary>An environment.yml environment: <c>conda env create --prefix</c> (conda or mamba).</summary>
internal sealed class CondaRecipe(ICakeContext context) : IEnvironmentRecipe
{
    private readonly string conda = CondaExecutable.Locate(context) ?? throw ConfigurationError.Create(CondaExecutable.MissingHint);

    public bool SystemSitePackages => false;

    public string IPyKernelHint => " (in its dependencies)";

    public (string Tool, string Version) Basis(CancellationToken cancellationToken) => (conda, context.CondaVersion(new CondaVersionSettings { ToolPath = conda }, cancellationToken));

    public string Describe() => conda;

    public Task CreateAsync(string directory, EnvironmentSpec spec, CancellationToken cancellationToken) =>
        context.CondaEnvCreateAsync(new CondaEnvCreateSettings { ToolPath = conda, Prefix = directory, File = spec.FullPath }, cancellationToken);

    public IReadOnlyList<string> Packages(string directory, CancellationToken cancellationToken) => context.CondaList(new CondaListSettings { ToolPath = conda, Prefix = directory, Export = true }, cancellationToken);
}
