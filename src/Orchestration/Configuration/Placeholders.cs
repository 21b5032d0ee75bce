using System.Text.RegularExpressions;

namespace Orchestration.Configuration;

/// <summary>
/// <c>{model.name}</c>, <c>{data.version}</c> and <c>{model.version}</c> in model.path and notebook
/// parameter values. Braces around anything else that looks like a name (<c>{foo}</c>) are an error;
/// other braces (a dict literal such as <c>{"a": 1}</c>) are plain text. Nothing else is expanded.
/// </summary>
internal static partial class Placeholders
{
    public static readonly IReadOnlyList<string> Names = [ConfigurationKeys.ModelName.Name, ConfigurationKeys.DataVersion.Name, ConfigurationKeys.ModelVersion.Name];

    public static string Listed => string.Join(", ", Names.Select(name => "{" + name + "}"));

    /// <summary>The value with the known placeholders replaced, and the unknown ones found.</summary>
    public static (string Value, IReadOnlyList<string> Unknown) Expand(string value, IReadOnlyDictionary<string, string> values)
    {
        var unknown = new List<string>();
        var expanded = Placeholder().Replace(value, match =>
        {
            if (values.TryGetValue(match.Groups["name"].Value, out var replacement))
            {
                return replacement;
            }

            unknown.Add(match.Value);
            return match.Value;
        });
        return (expanded, unknown);
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z_][A-Za-z0-9_.-]*)\}")]
    private static partial Regex Placeholder();
}
