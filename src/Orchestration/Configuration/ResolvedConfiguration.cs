using Orchestration.Pipeline;

namespace Orchestration.Configuration;

/// <summary>
/// Every setting with its source (for the table printed at the start of Configure), every problem
/// found, and the configuration itself when there was none.
/// </summary>
public sealed record ResolvedConfiguration(
    string PropertiesPath,
    IReadOnlyList<ResolvedSetting> Settings,
    IReadOnlyList<ConfigurationProblem> Problems,
    ModelConfiguration? Configuration)
{
    /// <summary>The configuration; or a configuration error (exit code 2) listing all the problems, one per line.</summary>
    public ModelConfiguration Require()
    {
        if (Configuration is not null)
        {
            return Configuration;
        }

        var count = Problems.Count == 1 ? "1 problem" : $"{Problems.Count} problems";
        throw ConfigurationError.Create(string.Join('\n', [
            $"The configuration in {PropertiesPath} has {count}:",
            .. Problems.Select(problem => "  " + problem),
            $"Keys: {ConfigurationKeys.Listed}. Each can also be an argument (--data-version=3) or an environment variable (DATA_VERSION=3): argument > environment > file.",
        ]));
    }
}
