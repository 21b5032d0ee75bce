namespace Orchestration.Configuration;

/// <summary>The effective configuration as a small table: each key, its value, and where the value came from.</summary>
public static class ConfigurationTable
{
    private const string NotSet = "(not set)";

    public static IReadOnlyList<string> Format(ResolvedConfiguration resolved)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        var rows = resolved.Settings.Select(s => (s.Key, Value: s.Value ?? NotSet, Source: s.Source.ToString())).Prepend((Key: "key", Value: "value", Source: "source")).ToList();
        var keyWidth = rows.Max(row => row.Key.Length);
        var valueWidth = rows.Max(row => row.Value.Length);
        return [
            $"Configuration (argument > environment > {resolved.PropertiesPath} > default):",
            .. rows.Select(row => $"  {row.Key.PadRight(keyWidth)}  {row.Value.PadRight(valueWidth)}  {row.Source}".TrimEnd()),
        ];
    }
}
