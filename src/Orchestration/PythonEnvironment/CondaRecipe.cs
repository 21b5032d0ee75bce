using Cake.Core;
using Orchestration.Pipeline;
using Orchestration.Tools.Conda;

namespace Orchestration.PythonEnvironment;

/// <summary>An environment.yml environment: <c>conda env create --prefix</c> (conda or mamba).</summary>
internal sealed class CondaRecipe(ICakeContext context) : IEnvironmentRecipe
{
    private readonly string conda = CondaTool.Locate(context) ?? throw ConfigurationError.Create(CondaTool.MissingHint);

    public bool SystemSitePackages => false;

    public string IPyKernelHint => " (in its dependencies)";

    public (string Tool, string Version) Basis(CancellationToken cancellationToken) => (conda, new CondaTool(context).Version(new CondaSettings { ToolPath = conda }, cancellationToken));

    public string Describe() => conda;

    public Task CreateAsync(string directory, EnvironmentSpec spec, CancellationToken cancellationToken) =>
        context.CondaEnvCreateAsync(new CondaEnvCreateSettings { ToolPath = conda, Prefix = directory, File = spec.FullPath }, cancellationToken);

    public IReadOnlyList<string> Packages(string directory, CancellationToken cancellationToken) => context.CondaListExport(directory, new CondaSettings { ToolPath = conda }, cancellationToken);
}
