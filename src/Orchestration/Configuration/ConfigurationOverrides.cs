namespace Orchestration.Configuration;

/// <summary>
/// The values given outside build.properties: arguments (by name, each possibly repeated) and
/// environment variables. Plain dictionaries, so tests need neither a command line nor an environment.
/// </summary>
public sealed record ConfigurationOverrides(
    IReadOnlyDictionary<string, IReadOnlyList<string>> Arguments,
    IReadOnlyDictionary<string, string> Environment)
{
    public static readonly ConfigurationOverrides None = new(
        new Dictionary<string, IReadOnlyList<string>>(),
        new Dictionary<string, string>());

    /// <summary>Reads the arguments and environment variables of every key (and --parameter) through the given lookups.</summary>
    public static ConfigurationOverrides Read(Func<string, IEnumerable<string>> argument, Func<string, string?> environmentVariable)
    {
        ArgumentNullException.ThrowIfNull(argument);
        ArgumentNullException.ThrowIfNull(environmentVariable);
        var arguments = ConfigurationKeys.All.Select(key => key.Argument)
            .Append(ConfigurationKeys.ParameterArgument)
            .Select(name => (Name: name, Values: (IReadOnlyList<string>)[.. argument(name)]))
            .Where(pair => pair.Values.Count > 0)
            .ToDictionary(pair => pair.Name, pair => pair.Values, StringComparer.OrdinalIgnoreCase);
        var environment = ConfigurationKeys.All.Select(key => key.EnvironmentVariable)
            .Select(name => (Name: name, Value: environmentVariable(name)))
            .Where(pair => !string.IsNullOrEmpty(pair.Value))
            .ToDictionary(pair => pair.Name, pair => pair.Value!, StringComparer.Ordinal);
        return new ConfigurationOverrides(arguments, environment);
    }
}
