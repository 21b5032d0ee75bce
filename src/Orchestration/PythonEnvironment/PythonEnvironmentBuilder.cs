using System.Diagnostics;
using Cake.Common.Diagnostics;
using Cake.Core;
using Orchestration.MachineServices.Prerequisites;
using Orchestration.Pipeline;
using Orchestration.Tooling;
using Orchestration.Tools.Python;
using Orchestration.Tools.Python.Evaluate;
using Orchestration.Tools.Python.IPyKernelInstall;

namespace Orchestration.PythonEnvironment;

/// <summary>
/// Makes the isolated Python environment a model project's notebook runs in, under
/// <c>.work/envs/&lt;hash&gt;</c>, and registers a Jupyter kernel for it. An environment is reused
/// while its spec and base interpreter are unchanged. Each build makes it in a folder of its own
/// (see <see cref="EnvironmentFolder"/>) that becomes <c>&lt;hash&gt;</c> only once complete, so a
/// stopped build leaves nothing another build could take for finished.
/// </summary>
public sealed class PythonEnvironmentBuilder(ICakeContext context)
{
    public const string KernelPrefix = "orchestration-";

    public async Task<PythonEnvironmentRecord> PrepareAsync(EnvironmentSpec spec, EnvironmentOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(options);
        var debianPackages = RequireDebianPackages(spec.ProjectDirectory, options.InstallDebianPackages, cancellationToken);
        IEnvironmentRecipe recipe = spec.Kind == EnvironmentSpecKind.Requirements
            ? new VenvRecipe(context, PythonInterpreter.Resolve(context, options.Interpreter, PythonEnvironmentOptions.Python.Flag), options.SystemSitePackages)
            : new CondaRecipe(context);
        var (tool, version) = recipe.Basis(cancellationToken);
        var hash = EnvironmentHash.Compute(File.ReadAllBytes(spec.FullPath), tool, version, recipe.SystemSitePackages, debianPackages);
        var folder = new EnvironmentFolder(Path.GetFullPath(options.EnvironmentsDirectory), hash);

        if (EnvironmentMarker.Read(folder.Path) is { } existing)
        {
            context.Information("Python environment {0}: reused ({1} and {2} unchanged).", existing.Directory, spec.RelativePath, recipe.Describe());
            return existing with { Reused = true };
        }

        if (folder.IsHalfMade)
        {
            context.Warning("Python environment {0} was left half-made by an earlier run: deleting it and building it again.", folder.Path);
        }

        var staging = folder.NewStaging();
        context.Information("Python environment {0}: building from {1} ({2}).", staging, spec.RelativePath, recipe.Describe());
        var clock = Stopwatch.StartNew();
        try
        {
            await recipe.CreateAsync(staging, spec, cancellationToken).ConfigureAwait(false);
            var record = Describe(recipe, spec, staging, hash, cancellationToken);
            EnvironmentMarker.Write(staging, record);
            cancellationToken.ThrowIfCancellationRequested();
            folder.Publish(staging);
            context.Information("Python environment {0}: built in {1:0.0} s, kernel {2}.", folder.Path, clock.Elapsed.TotalSeconds, record.KernelName);
            return record;
        }
        catch (Exception)
        {
            EnvironmentFolder.Discard(staging);
            throw;
        }
    }

    /// <summary>The project's apt.txt packages, installed (as root) or refused with the apt-get line, before any venv is made.</summary>
    private IReadOnlyList<string> RequireDebianPackages(string projectDirectory, bool mayInstall, CancellationToken cancellationToken)
    {
        var packages = AptFile.Read(projectDirectory);
        if (packages.Count > 0)
        {
            SystemPackages.Require(context, $"The model project ({AptFile.Name})", mayInstall, packages, cancellationToken);
            context.Information("Debian packages from {0}: {1} installed.", AptFile.Name, string.Join(", ", packages));
        }

        return packages;
    }

    private PythonEnvironmentRecord Describe(IEnvironmentRecipe recipe, EnvironmentSpec spec, string directory, string hash, CancellationToken cancellationToken)
    {
        var python = VenvRecipe.PythonIn(directory);
        RequireIPyKernel(recipe, spec, python, cancellationToken);
        var kernel = KernelPrefix + hash;
        // ipykernel 6.17 leaves its staging folder's empty parent (tmp*_kernels) behind: it goes with a folder of our own.
        var temporary = Directory.CreateDirectory(Path.Combine(directory, ".kernel-tmp")).FullName;
        context.IPyKernelInstall(
            new IPyKernelInstallSettings { ToolPath = python, Prefix = directory, Name = kernel, DisplayName = $"Python ({kernel})", TemporaryDirectory = temporary },
            cancellationToken);
        Directory.Delete(temporary, recursive: true);
        var version = context.PythonEvaluate(
            new PythonEvaluateSettings { ToolPath = python }, "import platform; print(platform.python_version())", new ToolRunOptions { EchoOutput = false }, cancellationToken);
        return new PythonEnvironmentRecord
        {
            Directory = directory,
            Python = python,
            SpecHash = hash,
            Spec = spec.RelativePath,
            KernelName = kernel,
            JupyterPath = Path.Combine(directory, "share", "jupyter"),
            PythonVersion = version.Output.Trim(),
            Packages = recipe.Packages(directory, cancellationToken),
        };
    }

    private void RequireIPyKernel(IEnvironmentRecipe recipe, EnvironmentSpec spec, string python, CancellationToken cancellationToken)
    {
        const int Missing = 3;
        var check = context.PythonEvaluate(
            new PythonEvaluateSettings { ToolPath = python },
            $"import importlib.util, sys; sys.exit(0 if importlib.util.find_spec('ipykernel') else {Missing})",
            new ToolRunOptions { EchoOutput = false, SuccessExitCodes = [0, Missing] },
            cancellationToken);
        if (check.ExitCode == Missing)
        {
            throw ConfigurationError.Create(
                $"ipykernel is missing from the environment built from {spec.RelativePath}; add ipykernel to it{recipe.IPyKernelHint}. " +
                "The notebook runs in a Jupyter kernel started from this environment.");
        }
    }
}
