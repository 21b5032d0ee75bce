using System.Text.Json;
using Orchestration.IntegrationTests.Checkout;
using Orchestration.IntegrationTests.Support;
using Orchestration.Tooling;

namespace Orchestration.IntegrationTests.Incremental;

/// <summary>
/// A git repository holding the real sample model in <c>samples/salary-regression/</c> and a README beside it,
/// built by this repository's build (the same Build.dll <c>./build.sh</c> runs) in the repository's own folder,
/// so its <c>.work/</c> (environment, cache, feed) lasts across the runs of a test class. Notebook runs are
/// counted by the Python given as <c>--jupyter-python</c> (<see cref="CountingPython"/>).
/// </summary>
public sealed class SampleModelRepository : IDisposable
{
    public const string Project = "samples/salary-regression";

    private static readonly Lazy<string> BuildDll = new(EnsureBuilt);

    private readonly TemporaryDirectory folder = new("orchestration-incremental");
    private readonly CountingPython python;

    public SampleModelRepository()
    {
        Root = folder.Combine("repository");
        python = new CountingPython(folder.Path);
        CopyFolder(RepositoryRoot.Combine(Project), Path.Combine(Root, Project));
        File.Copy(RepositoryRoot.Combine(".gitignore"), Path.Combine(Root, ".gitignore"));
        File.WriteAllText(Path.Combine(Root, "README.md"), "Models of the salary team.\n");
        Git("init", "--quiet", "--initial-branch=main");
        Baseline = Commit("The salary model");
    }

    public string Root { get; }

    public string Baseline { get; }

    /// <summary>Notebooks run so far (each started one kernel).</summary>
    public int NotebookRuns => python.NotebookRuns;

    /// <summary>The inputs fingerprint the last run's Environment stage recorded.</summary>
    public string InputsSha256
    {
        get
        {
            using var record = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "artifacts", "records", "inputs.json")));
            return record.RootElement.GetProperty("sha256").GetString()!;
        }
    }

    /// <summary>Back to the first commit: each test starts from the same model project.</summary>
    public void Reset() => Git("reset", "--quiet", "--hard", Baseline);

    public void Edit(string relativePath, Func<string, string> change)
    {
        var file = Path.Combine(Root, relativePath);
        var before = File.ReadAllText(file);
        var after = change(before);
        Assert.NotEqual(before, after);
        File.WriteAllText(file, after);
    }

    public string Commit(string message)
    {
        Git("add", "--all");
        Git("-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "--quiet", "-m", message);
        return Git("rev-parse", "HEAD");
    }

    /// <summary>Runs the build; the result (exit code 0, 1 or 2) and its output, with how many notebooks it ran.</summary>
    public BuildRun Build(params string[] arguments)
    {
        var before = NotebookRuns;
        var result = new ProgramTool(RealContext.Create(), "dotnet").Run(
            new ToolRunOptions { EchoOutput = false, StandardInput = string.Empty, SuccessExitCodes = [0, 1, 2] },
            Root,
            new Dictionary<string, string> { ["NO_COLOR"] = "1" },
            [BuildDll.Value, $"--jupyter-python={python.Path}", .. arguments]);
        return new BuildRun(result.ExitCode, string.Join('\n', result.StandardOutput.Concat(result.StandardError)), NotebookRuns - before);
    }

    public void Dispose() => folder.Dispose();

    private string Git(params string[] arguments) => TestRepository.Run(Root, arguments);

    private static string EnsureBuilt()
    {
        // build.sh rebuilds the build project when its sources changed, then runs it: the same Build.dll.
        new ProgramTool(RealContext.Create(), RepositoryRoot.Combine("build.sh")).Run(RepositoryRoot.Path, "--description");
        return RepositoryRoot.Combine(".work", "build", "bin", "Build.dll");
    }

    private static void CopyFolder(string source, string destination)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "models" or ".venv" or "__pycache__" or ".ipynb_checkpoints")
            {
                continue;
            }

            var target = Path.Combine(destination, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

/// <summary>One run of the build: its exit code, its output, and how many notebooks (kernels) it ran.</summary>
public sealed record BuildRun(int ExitCode, string Output, int NotebooksRun)
{
    public override string ToString() => $"exit {ExitCode}, {NotebooksRun} notebook(s) run:\n{Output}";
}
