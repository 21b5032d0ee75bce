namespace Orchestration.Pipeline;

/// <summary>The table <c>./build.sh --help</c> prints: every option, grouped by stage.</summary>
public static class OptionHelp
{
    public static string Format(OptionCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var rows = catalog.Groups
            .SelectMany(group => group.Options.Select(option => (group.Stage, Row: Row(option))))
            .ToList();
        var header = (Argument: "argument", Environment: "environment", Default: "default", Description: "description");
        var widths = rows.Select(r => r.Row).Append(header).ToList();
        var argumentWidth = widths.Max(r => r.Argument.Length);
        var environmentWidth = widths.Max(r => r.Environment.Length);
        var defaultWidth = widths.Max(r => r.Default.Length);
        string Line((string Argument, string Environment, string Default, string Description) row) =>
            $"  {row.Argument.PadRight(argumentWidth)}  {row.Environment.PadRight(environmentWidth)}  {row.Default.PadRight(defaultWidth)}  {row.Description}".TrimEnd();

        var lines = new List<string> { "Arguments of the tasks (argument > environment variable > default; secrets from the environment only):", Line(header) };
        foreach (var stage in rows.GroupBy(r => r.Stage))
        {
            lines.Add(stage.Key);
            lines.AddRange(stage.Select(r => Line(r.Row)));
        }

        return string.Join('\n', lines);
    }

    private static (string Argument, string Environment, string Default, string Description) Row(OptionDeclaration option) => (
        option.Name is null ? Option.NotSet : option.Flag + (option.IsRepeatable ? " (repeatable)" : string.Empty),
        option.EnvironmentVariables.Count == 0 ? Option.NotSet : string.Join(", ", option.EnvironmentVariables),
        option.DefaultText,
        option.Description + (option.Secrecy == OptionSecrecy.Value ? " (secret)" : string.Empty));
}
