using Orchestration.IntegrationTests.Support;
using Orchestration.Tooling;

namespace Orchestration.IntegrationTests.Faults;

/// <summary>
/// PowerShell for running build.ps1 for real: taken from the cache folder (~/.cache/orchestration), installed
/// there as a .NET tool from the package registry when absent (7.6.10: 7.7.0 does not install here), and a copy of
/// the repository's build inputs with their timestamps kept, warmed once by build.sh.
/// </summary>
public sealed class PowerShellFixture : IDisposable
{
    public const string Version = "7.6.10";

    private readonly TemporaryDirectory folder = new("orchestration-ps1");

    public PowerShellFixture()
    {
        var cache = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "orchestration", "powershell-" + Version);
        Pwsh = Path.Combine(cache, "pwsh");
        if (!File.Exists(Pwsh))
        {
            new ProgramTool(RealContext.Create(), "dotnet").Run(
                new ToolRunOptions { EchoOutput = false, FailureHint = "PowerShell is needed to run build.ps1; the tests install it from the NuGet registry." },
                null,
                new Dictionary<string, string>(),
                "tool", "install", "--tool-path", cache, "PowerShell", "--version", Version);
        }

        Repository = folder.Combine("repository");
        string[] copy = ["-a", .. Inputs.Select(input => RepositoryRoot.Combine(input)).Where(Exists), Directory.CreateDirectory(Repository).FullName];
        new ProgramTool(RealContext.Create(), "cp").Run(null, copy);
        var warm = RepositoryRoot.Combine(".work", "build");
        if (Directory.Exists(warm))
        {
            new ProgramTool(RealContext.Create(), "cp").Run(null, "-a", warm, Directory.CreateDirectory(Path.Combine(Repository, ".work")).FullName);
        }

        // Built here once if the copy was not warm, so the tests compare the scripts, not a first build's output.
        new ProgramTool(RealContext.Create(), Path.Combine(Repository, "build.sh")).Run(Repository, "--description");
    }

    /// <summary>What the scripts read: themselves, the build project's inputs and the SDK pin.</summary>
    public static IReadOnlyList<string> Inputs { get; } = ["build.sh", "build.ps1", "build", "src", "Directory.Build.props", "global.json", ".editorconfig"];

    public string Pwsh { get; }

    public string Repository { get; }

    public void Dispose() => folder.Dispose();

    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);
}
