using System.Text.RegularExpressions;
using Orchestration.Pipeline;

namespace Orchestration.Notebooks;

/// <summary>Reads the repeatable <c>--pass-env NAME</c> arguments: variables of the build's environment the kernel may inherit.</summary>
internal static partial class PassEnvArguments
{
    public const string Argument = "pass-env";

    public static IReadOnlySet<string> Parse(IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in arguments)
        {
            if (!VariableName().IsMatch(name))
            {
                throw ConfigurationError.Create(
                    $"--{Argument}={name}: expected the name of an environment variable (letters, digits and underscores, e.g. --{Argument}=HF_HOME); to set a value, use --notebook-env NAME=VALUE.");
            }

            names.Add(name);
        }

        return names;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex VariableName();
}
