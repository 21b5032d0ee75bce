using System.Diagnostics;
using Orchestration.IntegrationTests.Support;

namespace Orchestration.IntegrationTests.Faults.Support;

/// <summary>
/// A workspace of its own for real <c>./build.sh</c> runs: this repository's build.sh, build project sources
/// and compiled build (<c>.work/build</c>) copied with their timestamps, so build.sh's fingerprint matches and
/// it starts at once instead of compiling. The model project comes from <c>--repository</c>.
/// </summary>
internal sealed class BuildWorkspace : IDisposable
{
    private static readonly Lazy<string> WarmBuild = new(Warm);

    private readonly TemporaryDirectory folder = new("orchestration-workspace");

    public BuildWorkspace()
    {
        try
        {
            _ = WarmBuild.Value;
            Copy(RepositoryRoot.Path, folder.Path, "build.sh", "build", "src", "Directory.Build.props", "global.json", ".editorconfig", ".work/build");
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    public string Root => folder.Path;

    public string Combine(params string[] parts) => folder.Combine(parts);

    /// <summary>Starts <c>./build.sh</c> with these arguments in this workspace; the caller waits for it or kills it.</summary>
    public BuildProcess Start(params string[] arguments) => BuildProcess.Start(Root, arguments);

    /// <summary>Starts <c>./build.sh</c> with these environment variables added to the test's own.</summary>
    public BuildProcess Start(IReadOnlyDictionary<string, string?> environment, params string[] arguments) => BuildProcess.Start(Root, arguments, environment);

    /// <summary>Runs <c>./build.sh</c> to its end (at most 10 minutes) and returns its exit code and output.</summary>
    public (int ExitCode, string Output) Run(params string[] arguments)
    {
        using var build = Start(arguments);
        var exitCode = build.WaitForExit(TimeSpan.FromMinutes(10));
        return (exitCode, build.Output);
    }

    public void Dispose() => folder.Dispose();

    /// <summary>Makes sure the repository's own compiled build is current (build.sh rebuilds it only when its inputs changed).</summary>
    private static string Warm()
    {
        using var build = BuildProcess.Start(RepositoryRoot.Path, ["--description"]);
        var exitCode = build.WaitForExit(TimeSpan.FromMinutes(15));
        return exitCode == 0 ? build.Output : throw new InvalidOperationException($"./build.sh --description failed ({exitCode}):\n{build.Output}");
    }

    private static void Copy(string from, string to, params string[] entries)
    {
        // tar's POSIX format keeps modification times to the nanosecond (build.sh's fingerprint includes them);
        // bin/ and obj/ of the sources are left out.
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("tar -C \"$1\" --format=posix -cf - --exclude=./build/bin --exclude=./build/obj --exclude='./src/*/bin' --exclude='./src/*/obj' "
            + string.Join(' ', entries.Select(entry => "./" + entry)) + " | tar -C \"$2\" -xf -");
        start.ArgumentList.Add("copy");
        start.ArgumentList.Add(from);
        start.ArgumentList.Add(to);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Copying the build into {to} failed: {error}");
        }
    }
}
