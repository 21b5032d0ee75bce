using System.Reflection;
using System.Text.RegularExpressions;
using Orchestration.Pipeline;
using Orchestration.Tests.Fakes;

namespace Orchestration.Tests.Pipeline;

/// <summary>An option is declared once, in its stage's Options class, and read only through that declaration.</summary>
public sealed partial class DeclaringOptions
{
    [Fact]
    public void Reading_an_option_the_catalog_does_not_declare_fails()
    {
        var stray = Option.Text("stray", "STRAY", null, "declared nowhere");

        var error = Assert.Throws<InvalidOperationException>(() => GivenOptions.With([("stray", "x")]).Get(stray));

        Assert.StartsWith("--stray is read but not declared", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_option_field_of_the_library_is_in_the_catalog()
    {
        var fields = typeof(PipelineOptions).Assembly.GetTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(field => typeof(OptionDeclaration).IsAssignableFrom(field.FieldType) || typeof(IEnumerable<OptionDeclaration>).IsAssignableFrom(field.FieldType))
            .ToList();

        var undeclared = fields
            .Where(field => field.GetValue(null) switch
            {
                OptionDeclaration option => !PipelineOptions.Catalog.Declares(option),
                IEnumerable<OptionDeclaration> options => !options.All(PipelineOptions.Catalog.Declares),
                _ => false,
            })
            .Select(field => $"{field.DeclaringType!.Name}.{field.Name}");

        Assert.NotEmpty(fields);
        Assert.Empty(undeclared);
    }

    [Fact]
    public void Tasks_read_arguments_and_variables_only_through_declared_options()
    {
        var reads = RepositoryFiles.CSharpFiles("build/Tasks")
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (File: Path.GetFileName(file), Line: index + 1, Text: line)))
            .Where(line => RawRead().IsMatch(line.Text))
            .Select(line => $"{line.File}:{line.Line}: {line.Text.Trim()}");

        Assert.Empty(reads);
    }

    [Fact]
    public void Option_names_are_written_only_in_the_options_classes()
    {
        var names = PipelineOptions.Catalog.ArgumentNames.Select(Regex.Escape);
        var literal = new Regex($"\"--({string.Join('|', names)})(?![\\w-])|Options\\.Get\\(context, \"");
        var found = RepositoryFiles.CSharpFiles("src").Concat(RepositoryFiles.CSharpFiles("build"))
            // The wrappers under Tools/ write the external tools' own arguments (python -m venv --system-site-packages).
            .Where(file => !file.EndsWith("Options.cs", StringComparison.Ordinal) && !file.Contains("/src/Orchestration/Tools/", StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (File: Path.GetRelativePath(RepositoryFiles.Root, file), Line: index + 1, Text: line)))
            .Where(line => literal.IsMatch(line.Text))
            .Select(line => $"{line.File}:{line.Line}: {line.Text.Trim()}");

        Assert.Empty(found);
    }

    [GeneratedRegex(@"\.Argument(<|\()|HasArgument|GetArguments\(""|EnvironmentVariable\(|GetEnvironmentVariable")]
    private static partial Regex RawRead();
}
