using System.Text.RegularExpressions;
using Orchestration.Configuration;
using Orchestration.Pipeline;
using Orchestration.Tests.Fakes;

namespace Orchestration.Tests.Pipeline;

/// <summary>The README's argument tables and the declarations say the same: names, variables, defaults.</summary>
public sealed partial class DocumentingTheOptions
{
    private static readonly IReadOnlyList<ReadmeRow> Rows = ReadmeRow.ReadAll(File.ReadAllLines(RepositoryFiles.Path("README.md")));

    private static IEnumerable<OptionDeclaration> StageOptions =>
        PipelineOptions.Catalog.Options.Where(option => !ConfigurationOptions.Keys.Contains(option) && option != ConfigurationOptions.Parameter);

    [Fact]
    public void Every_argument_in_the_readme_is_declared_with_the_same_variables_and_default()
    {
        var problems = new List<string>();
        foreach (var row in Rows.Where(row => row.Argument is not null))
        {
            var declared = PipelineOptions.Catalog.Options.Where(o => o.Name == row.Argument).ToList();
            if (declared.Count == 0)
            {
                problems.Add($"README line {row.Line}: --{row.Argument} is not declared");
                continue;
            }

            var variables = declared.SelectMany(o => o.EnvironmentVariables).Order(StringComparer.Ordinal).ToList();
            if (!variables.SequenceEqual(row.Variables.Order(StringComparer.Ordinal)))
            {
                problems.Add($"README line {row.Line}: --{row.Argument} reads {Listed(variables)}, the README says {Listed(row.Variables)}");
            }

            if (row.Default is not null && declared.Any(o => o.DefaultText != row.Default))
            {
                problems.Add($"README line {row.Line}: --{row.Argument} defaults to '{declared[0].DefaultText}', the README says '{row.Default}'");
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Every_variable_the_readme_names_without_an_argument_is_declared()
    {
        var environmentOnly = PipelineOptions.Catalog.Options.Where(o => o.Name is null).SelectMany(o => o.EnvironmentVariables).ToHashSet(StringComparer.Ordinal);

        var undeclared = Rows.Where(row => row.Argument is null).SelectMany(row => row.Variables).Where(v => !environmentOnly.Contains(v));

        Assert.Empty(undeclared);
    }

    [Fact]
    public void Every_declared_option_has_its_row_in_the_readme()
    {
        var arguments = Rows.Select(row => row.Argument).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var variables = Rows.SelectMany(row => row.Variables).ToHashSet(StringComparer.Ordinal);

        var missing = StageOptions.Where(o => o.Name is null ? !o.EnvironmentVariables.All(variables.Contains) : !arguments.Contains(o.Name)).Select(o => o.Flag);

        Assert.Empty(missing);
    }

    [Fact]
    public void The_readme_table_of_build_properties_keys_names_their_arguments_and_variables()
    {
        var table = File.ReadAllLines(RepositoryFiles.Path("README.md"))
            .SkipWhile(line => !line.Trim().StartsWith("| key | argument | environment |", StringComparison.Ordinal))
            .Skip(2)
            .TakeWhile(line => line.Trim().StartsWith('|'))
            .Select(line => line.Split('|'))
            .ToList();
        var arguments = table.SelectMany(cells => Flag().Matches(cells[2]).Select(m => m.Groups[1].Value)).Order(StringComparer.Ordinal);
        var variables = table.SelectMany(cells => Variable().Matches(cells[3]).Select(m => m.Groups[1].Value)).Order(StringComparer.Ordinal);
        var keys = ConfigurationOptions.Keys.Cast<OptionDeclaration>().Append(ConfigurationOptions.Parameter).ToList();

        Assert.Equal(keys.Select(o => o.Name!).Order(StringComparer.Ordinal), arguments);
        Assert.Equal(keys.SelectMany(o => o.EnvironmentVariables).Order(StringComparer.Ordinal), variables);
    }

    private static string Listed(IEnumerable<string> variables) => variables.Any() ? string.Join(", ", variables) : "no variable";

    [GeneratedRegex(@"`--([a-z0-9-]+)")]
    private static partial Regex Flag();

    [GeneratedRegex(@"`([A-Z][A-Z0-9_]*)`")]
    private static partial Regex Variable();

    /// <summary>A row of a README table whose first column is "argument".</summary>
    private sealed record ReadmeRow(int Line, string? Argument, IReadOnlyList<string> Variables, string? Default)
    {
        public static List<ReadmeRow> ReadAll(string[] lines)
        {
            var rows = new List<ReadmeRow>();
            string[]? header = null;
            for (var index = 0; index < lines.Length; index++)
            {
                var line = lines[index].Trim();
                if (!line.StartsWith('|'))
                {
                    header = null;
                    continue;
                }

                var cells = Cells(line);
                if (header is null)
                {
                    header = cells;
                    continue;
                }

                if (header[0] != "argument" || cells[0].StartsWith("---", StringComparison.Ordinal))
                {
                    continue;
                }

                var argument = Flag().Match(cells[0]) is { Success: true } flag ? flag.Groups[1].Value : null;
                var variables = Variable().Matches(cells[1]).Select(m => m.Groups[1].Value).ToList();
                var defaultText = header.Length > 2 && header[2] == "default" ? cells[2].Replace("`", string.Empty, StringComparison.Ordinal) : null;
                rows.Add(new ReadmeRow(index + 1, argument, variables, defaultText));
            }

            return rows;
        }

        // A cell may hold an escaped bar (`IMAGE\|local`).
        private static string[] Cells(string line) =>
            [.. line.Replace("\\|", "\u0001", StringComparison.Ordinal).Trim('|').Split('|').Select(cell => cell.Replace("\u0001", "|", StringComparison.Ordinal).Trim())];
    }
}
