using System.Diagnostics;
using Orchestration.Checkout;
using Orchestration.IntegrationTests.Support;
using Orchestration.Tools.Git;

namespace Orchestration.IntegrationTests.Checkout;

/// <summary>
/// A real git repository made by the test in a temporary folder, with a model project in <c>model/</c>,
/// and a checkout workspace beside it. Set-up git calls run directly, not through the code under test.
/// </summary>
internal sealed class TestRepository : IDisposable
{
    public const string Project = "model";

    private readonly TemporaryDirectory folder = new("checkout-test");

    public TestRepository()
    {
        Root = folder.Combine("repo");
        try
        {
            Directory.CreateDirectory(Root);
            Git("init", "--quiet", "--initial-branch=main");
            Write($"{Project}/build.properties", "model.name=demo\n");
            Write($"{Project}/train.ipynb", "{}\n");
            Write("README.md", "A model.\n");
            FirstCommit = Commit("Add the model project");
        }
        catch
        {
            // Nobody disposes an object whose constructor failed.
            folder.Dispose();
            throw;
        }
    }

    public string Root { get; }

    public string Workspace => folder.Combine("work", "checkout");

    public string CloneDirectory => Path.Combine(Workspace, "source");

    public string FirstCommit { get; }

    public string Head => Git("rev-parse", "HEAD");

    public void Write(string relativePath, string content)
    {
        var file = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, content);
    }

    public string Commit(string message)
    {
        Git("add", "--all");
        Git("-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "--quiet", "-m", message);
        return Head;
    }

    public CheckoutRecord Checkout(CheckoutRequest? request = null, IReadOnlyDictionary<string, string>? variables = null, string? workingTree = null)
    {
        var environment = new CheckoutEnvironment(workingTree ?? Root, Workspace, variables ?? new Dictionary<string, string>());
        // No working directory for the context: Cake would make it the whole test process's current directory.
        var service = new CheckoutService(RealContext.Create(), environment);
        return service.Run(request ?? new CheckoutRequest { ProjectDirectory = Project }, CancellationToken.None);
    }

    public string Git(params string[] arguments) => Run(Root, arguments);

    /// <summary>git's full path: starting a bare name needs the current directory, which other tests may have deleted.</summary>
    private static string GitPath { get; } =
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin")
            .Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, "git"))
            .First(File.Exists);

    public static string Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(GitPath) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? output.Result.Trim()
            : throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed in {workingDirectory}: {error}");
    }

    public void Dispose() => folder.Dispose();
}
