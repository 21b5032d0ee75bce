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
