using System.Text.RegularExpressions;

namespace Orchestration.Configuration;

/// <summary>The kind of Python environment spec a model project names.</summary>
public enum EnvironmentFileKind
{
    /// <summary>Not a spec this build knows (never in a valid configuration).</summary>
    Unknown,

    /// <summary>A pip requirements file: <c>requirements.txt</c> (or <c>requirements-*.txt</c>).</summary>
    Requirements,

    /// <summary>A conda environment file: <c>environment.yml</c> (or <c>environment-*.yml</c>, <c>.yaml</c>).</summary>
    Conda,
}

internal static partial class EnvironmentFile
{
    /// <summary>The specs looked for when build.properties names none, in repo2docker's order: conda first, then pip.</summary>
    public static IReadOnlyList<string> DiscoveredNames { get; } = ["environment.yml", "requirements.txt"];

    /// <summary>How a discovered spec was chosen, for the configuration table.</summary>
    public static string DiscoveryRule => $"found (no environment key: {string.Join(", else ", DiscoveredNames)})";

    /// <summary>The first of <see cref="DiscoveredNames"/> present in the project folder, or null.</summary>
    public static string? Discover(string projectDirectory) =>
        DiscoveredNames.FirstOrDefault(name => File.Exists(Path.Combine(projectDirectory, name)));

    public static EnvironmentFileKind KindOf(string path)
    {
        var name = Path.GetFileName(path);
        return RequirementsName().IsMatch(name) ? EnvironmentFileKind.Requirements
            : CondaName().IsMatch(name) ? EnvironmentFileKind.Conda
            : EnvironmentFileKind.Unknown;
    }

    [GeneratedRegex(@"^requirements([-_.][A-Za-z0-9_.-]+)?\.txt$")]
    private static partial Regex RequirementsName();

    [GeneratedRegex(@"^environment([-_.][A-Za-z0-9_.-]+)?\.ya?ml$")]
    private static partial Regex CondaName();
}
