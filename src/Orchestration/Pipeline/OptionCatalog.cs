using System.Collections;
using System.Reflection;

namespace Orchestration.Pipeline;

/// <summary>
/// Every option of the build, collected from the stages' <c>&lt;Stage&gt;Options</c> classes: each public
/// static field of an <see cref="OptionDeclaration"/> type (or a list of them) is one option of that stage.
/// </summary>
public sealed class OptionCatalog
{
    private readonly HashSet<OptionDeclaration> declared;

    private OptionCatalog(IReadOnlyList<OptionGroup> groups)
    {
        Groups = groups;
        Options = [.. groups.SelectMany(group => group.Options)];
        declared = [.. Options];
        ArgumentNames = [.. Options.Where(o => o.Name is not null && o.Secrecy != OptionSecrecy.Value).Select(o => o.Name!).Distinct(StringComparer.OrdinalIgnoreCase)];
        SecretVariables = [.. Options.Where(o => o.Secrecy == OptionSecrecy.Value).SelectMany(o => o.EnvironmentVariables)];
    }

    public IReadOnlyList<OptionGroup> Groups { get; }

    public IReadOnlyList<OptionDeclaration> Options { get; }

    /// <summary>The arguments the build accepts (without dashes).</summary>
    public IReadOnlyList<string> ArgumentNames { get; }

    /// <summary>The environment variables that hold secrets.</summary>
    public IReadOnlyList<string> SecretVariables { get; }

    /// <summary>The options of each stage, from the public static option fields of its class, in the order they are written.</summary>
    public static OptionCatalog Of(params (string Stage, Type Declarations)[] groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        return new([.. groups.Select(group => new OptionGroup(group.Stage, Collect(group.Declarations, group.Stage)))]);
    }

    public bool Declares(OptionDeclaration option) => declared.Contains(option);

    /// <summary>One line per argument no stage declares, suggesting the closest one.</summary>
    public IEnumerable<string> UnknownArguments(IEnumerable<string> given) => ArgumentCheck.Problems(given, ArgumentNames, SecretVariables);

    /// <summary>The closing line of an argument error: which arguments there are.</summary>
    public string ArgumentsHint() => ArgumentCheck.Listed(ArgumentNames);

    private static List<OptionDeclaration> Collect(Type type, string stage)
    {
        var options = type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .OrderBy(field => field.MetadataToken)
            .SelectMany(field => field.GetValue(null) switch
            {
                OptionDeclaration option => [option],
                IEnumerable many when typeof(IEnumerable<OptionDeclaration>).IsAssignableFrom(field.FieldType) => many.Cast<OptionDeclaration>(),
                _ => [],
            })
            .ToList();
        foreach (var option in options)
        {
            option.Stage = stage;
        }

        return options;
    }
}

/// <summary>The options one stage declares.</summary>
public sealed record OptionGroup(string Stage, IReadOnlyList<OptionDeclaration> Options);
