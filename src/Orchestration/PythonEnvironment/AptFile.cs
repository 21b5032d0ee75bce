using System.Text.RegularExpressions;
using Orchestration.Pipeline;

namespace Orchestration.PythonEnvironment;

/// <summary>
/// The Debian packages a model project declares in <c>apt.txt</c>, repo2docker's (Binder's) convention:
/// one package name per line; <c>#</c> starts a comment; blank lines are ignored.
/// </summary>
internal static partial class AptFile
{
    public const string Name = "apt.txt";

    /// <summary>The packages <c>apt.txt</c> in <paramref name="projectDirectory"/> lists; empty when there is no such file.</summary>
    public static IReadOnlyList<string> Read(string projectDirectory)
    {
        var path = Path.Combine(projectDirectory, Name);
        return File.Exists(path) ? Parse(File.ReadAllLines(path)) : [];
    }

    public static IReadOnlyList<string> Parse(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var packages = new List<string>();
        var problems = new List<string>();
        for (var index = 0; index < lines.Count; index++)
        {
            var entry = lines[index].Split('#', 2)[0].Trim();
            if (entry.Length == 0)
            {
                continue;
            }

            if (PackageName().IsMatch(entry))
            {
                packages.Add(entry);
            }
            else
            {
                problems.Add($"  {Name}:{index + 1}: '{entry}' is not a Debian package name: expected one name per line " +
                    "(lowercase letters, digits, '+', '-' and '.'), e.g. python3-sklearn.");
            }
        }

        return problems.Count == 0
            ? [.. packages.Distinct(StringComparer.Ordinal)]
            : throw ConfigurationError.Create($"{Name} lists packages apt-get cannot be given:\n{string.Join('\n', problems)}");
    }

    // Debian policy 5.6.1: at least two characters, starting with a letter or digit.
    [GeneratedRegex(@"^[a-z0-9][a-z0-9+.-]+$")]
    private static partial Regex PackageName();
}
