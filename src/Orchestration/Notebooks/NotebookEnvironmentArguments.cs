using System.Text.RegularExpressions;
using Orchestration.Pipeline;

namespace Orchestration.Notebooks;

/// <summary>
/// The repeatable values of <see cref="NotebookOptions.NotebookEnvironment"/>: extra environment variables for the
/// kernel, <c>NAME=VALUE</c>, or <c>NAME</c> to pass the build's own variable through by name (the way to hand a
/// notebook a credential the kernel is otherwise denied, such as MLFLOW_TRACKING_TOKEN, without it on the command line).
/// </summary>
internal static partial class NotebookEnvironmentArguments
{
    /// <summary>Set by the Train stage itself; a notebook may not redirect them.</summary>
    private static readonly string[] Reserved = ["JUPYTER_PATH", MetricsFile.EnvironmentVariable, "MLFLOW_RUN_ID", "MLFLOW_EXPERIMENT_ID"];

    /// <summary>One value: the name and the value, null for a pass-through; a <see cref="FormatException"/> says what was expected.</summary>
    public static KeyValuePair<string, string?> ParseOne(string argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        var separator = argument.IndexOf('=', StringComparison.Ordinal);
        var name = separator < 0 ? argument : argument[..separator];
        if (!VariableName().IsMatch(name))
        {
            throw new FormatException(
                $"takes NAME=VALUE (or NAME, to pass the build's variable through), NAME made of letters, digits and underscores (e.g. DATA_DIR=/data), not '{argument}'.");
        }

        if (Reserved.Contains(name, StringComparer.Ordinal))
        {
            throw new FormatException($"cannot set {name}: the Train stage sets it itself ('{argument}').");
        }

        return KeyValuePair.Create(name, separator < 0 ? null : argument[(separator + 1)..]);
    }

    /// <summary>The variables, pass-throughs read from <paramref name="readEnvironment"/>, a later value of a name replacing an earlier one.</summary>
    public static IReadOnlyDictionary<string, string> ToDictionary(IEnumerable<KeyValuePair<string, string?>> variables, Func<string, string?> readEnvironment)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(readEnvironment);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in variables)
        {
            result[name] = value
                ?? readEnvironment(name)
                ?? throw ConfigurationError.Create(
                    $"{NotebookOptions.NotebookEnvironment}={name}: {name} is not set in the build's environment, so there is nothing to pass through.");
        }

        return result;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex VariableName();
}
