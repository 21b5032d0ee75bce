using System.Text.RegularExpressions;
using Orchestration.Pipeline;

namespace Orchestration.Notebooks;

/// <summary>Reads the repeatable <c>--notebook-env NAME=VALUE</c> arguments: extra environment variables for the kernel.</summary>
public static partial class NotebookEnvironmentArguments
{
    /// <summary>Set by the Train stage itself; a notebook may not redirect them.</summary>
    private static readonly string[] Reserved = ["JUPYTER_PATH", MetricsFile.EnvironmentVariable];

    public static IReadOnlyDictionary<string, string> Parse(IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            var separator = argument.IndexOf('=', StringComparison.Ordinal);
            var name = separator < 0 ? string.Empty : argument[..separator];
            if (!VariableName().IsMatch(name))
            {
                throw ConfigurationError.Create($"--notebook-env={argument}: expected NAME=VALUE, NAME made of letters, digits and underscores (e.g. --notebook-env=DATA_DIR=/data).");
            }

            if (Reserved.Contains(name, StringComparer.Ordinal))
            {
                throw ConfigurationError.Create($"--notebook-env={argument}: {name} is set by the Train stage itself and cannot be changed.");
            }

            variables[name] = argument[(separator + 1)..];
        }

        return variables;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex VariableName();
}
