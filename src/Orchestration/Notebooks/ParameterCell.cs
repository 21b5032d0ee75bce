using System.Globalization;
using System.Text;
using Orchestration.Pipeline;

namespace Orchestration.Notebooks;

/// <summary>
/// The source of the cell papermill injects: <c># Parameters</c>, then one <c>name = literal</c>
/// line per parameter, each line ending with a newline.
/// </summary>
internal static class ParameterCell
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
        "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    };

    public static string Source(IEnumerable<KeyValuePair<string, PythonValue>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var source = new StringBuilder("# Parameters\n");
        foreach (var (name, value) in parameters)
        {
            if (!IsPythonName(name))
            {
                throw ConfigurationError.Create(
                    $"Notebook parameter '{name}' is not a Python variable name; " +
                    "expected letters, digits and underscores, not starting with a digit, and not a Python keyword.");
            }

            source.Append(name).Append(" = ").Append(PythonLiteral.Format(value)).Append('\n');
        }

        return source.ToString();
    }

    /// <summary>A Python identifier that is not a keyword (so the injected line cannot be anything but an assignment).</summary>
    public static bool IsPythonName(string name) =>
        name.Length > 0
        && !Keywords.Contains(name)
        && (name[0] == '_' || char.IsLetter(name[0]) || CharUnicodeInfo.GetUnicodeCategory(name[0]) == UnicodeCategory.LetterNumber)
        && name.All(c => c == '_' || char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is
            UnicodeCategory.LetterNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation);
}
