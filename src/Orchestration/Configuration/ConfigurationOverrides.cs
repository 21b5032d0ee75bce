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
}
