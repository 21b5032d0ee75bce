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

    public (string Tool, string Version) Basis() => (conda, new CondaTool(context).Version(new CondaSettings { ToolPath = conda }));

    public string Describe() => conda;

    public void Create(string directory, EnvironmentSpec spec) =>
        context.CondaEnvCreate(new CondaEnvCreateSettings { ToolPath = conda, Prefix = directory, File = spec.FullPath });

    public IReadOnlyList<string> Packages(string directory) => context.CondaListExport(directory, new CondaSettings { ToolPath = conda });
}
