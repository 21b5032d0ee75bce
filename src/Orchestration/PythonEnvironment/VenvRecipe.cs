using Cake.Core;
using Orchestration.MachineServices.Prerequisites;
using Orchestration.Tooling;
using Orchestration.Tools.Python;
using Orchestration.Tools.Python.Evaluate;
using Orchestration.Tools.Python.PipFreeze;
using Orchestration.Tools.Python.PipInstall;
using Orchestration.Tools.Python.Venv;

namespace Orchestration.PythonEnvironment;

/// <summary>A requirements.txt environment: <c>python -m venv</c>, then <c>pip install -r</c>.</summary>
internal sealed class VenvRecipe(ICakeContext context, string interpreter, bool systemSitePackages) : IEnvironmentRecipe
{
    public bool SystemSitePackages => systemSitePackages;

    public string IPyKernelHint => systemSitePackages && PythonInterpreter.IsDebians(interpreter)
        ? " (or install Debian's python3-ipykernel, which this environment sees through --system-site-packages)"
        : string.Empty;

    public (string Tool, string Version) Basis(CancellationToken cancellationToken)
    {
        var version = context.PythonEvaluate(new PythonEvaluateSettings { ToolPath = interpreter }, "import sys; print(sys.version)", new ToolRunOptions { EchoOutput = false }, cancellationToken);
        return (interpreter, version.Output.Trim());
    }

    public string Describe() => $"{interpreter} {(systemSitePackages ? "with" : "without")} system site packages";

    public async Task CreateAsync(string directory, EnvironmentSpec spec, CancellationToken cancellationToken)
    {
        if (PythonInterpreter.IsDebians(interpreter))
        {
            SystemPackages.Require(context, "The Environment stage (python -m venv)", ["python3-venv"], cancellationToken);
        }

        await context.PythonVenvAsync(new PythonVenvSettings { ToolPath = interpreter, SystemSitePackages = systemSitePackages }, directory, cancellationToken).ConfigureAwait(false);
        // pip's temporary folders go inside the environment: a build stopped during pip deletes them with it.
        var temporary = Directory.CreateDirectory(Path.Combine(directory, ".pip-tmp")).FullName;
        await context.PipInstallAsync(
            new PipInstallSettings { ToolPath = PythonIn(directory), Requirements = spec.FullPath, TemporaryDirectory = temporary },
            new ToolRunOptions
            {
                FailureHint = $"pip could not install {spec.RelativePath}. Without access to PyPI every requirement must already be there: " +
                    "keep --system-site-packages=true and install the Debian packages (apt-get install python3-NAME), " +
                    "or point PIP_INDEX_URL at a reachable mirror, or PIP_FIND_LINKS at a folder of wheels.",
            },
            cancellationToken).ConfigureAwait(false);
        Directory.Delete(temporary, recursive: true);
    }

    public IReadOnlyList<string> Packages(string directory, CancellationToken cancellationToken) => context.PipFreeze(new PipFreezeSettings { ToolPath = PythonIn(directory) }, cancellationToken);

    public static string PythonIn(string directory) => Path.Combine(directory, "bin", "python");
}
