using System.Text.RegularExpressions;
using Orchestration.Pipeline;

namespace Orchestration.Notebooks;

/// <summary>
/// Reads the repeatable <c>--notebook-env NAME=VALUE</c> arguments: extra environment variables for the kernel.
/// <c>--notebook-env NAME</c> passes the build's own variable through by name (the way to hand a notebook a
/// credential the kernel is otherwise denied, such as MLFLOW_TRACKING_TOKEN, without it on the command line).
/// </summary>
public static partial class NotebookEnvironmentArguments
{
    /// <summary>Set by the Train stage itself; a notebook may not redirect them.</summary>
    private static readonly string[] Reserved = ["JUPYTER_PATH", MetricsFile.EnvironmentVariable, "MLFLOW_RUN_ID", "MLFLOW_EXPERIMENT_ID"];

    public static IReadOnlyDictionary<string, string> Parse(IEnumerable<string> arguments, Func<string, string?>? readEnvironment = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        readEnvironment ??= Environment.GetEnvironmentVariable;
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            var separator = argument.IndexOf('=', StringComparison.Ordinal);
            var name = separator < 0 ? argument : argument[..separator];
            if (!VariableName().IsMatch(name))
            {
                throw ConfigurationError.Create(
                    $"--notebook-env={argument}: expected NAME=VALUE (or NAME, to pass the build's variable through), NAME made of letters, digits and underscores (e.g. --notebook-env=DATA_DIR=/data).");
            }

            if (Reserved.Contains(name, StringComparer.Ordinal))
            {
                throw ConfigurationError.Create($"--notebook-env={argument}: {name} is set by the Train stage itself and cannot be changed.");
            }

            variables[name] = separator >= 0
                ? argument[(separator + 1)..]
                : readEnvironment(name) ?? throw ConfigurationError.Create($"--notebook-env={argument}: {name} is not set in the build's environment, so there is nothing to pass through.");
        }

        return variables;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex VariableName();
}
