using System.Text.RegularExpressions;

namespace Orchestration.Configuration;

/// <summary>A notebook parameter's name: an ASCII Python identifier that is not a keyword.</summary>
internal static partial class PythonIdentifier
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    };

    /// <summary>Null when the name is usable, else why not.</summary>
    public static string? Problem(string name) => name switch
    {
        "" => "the name is empty",
        _ when !Pattern().IsMatch(name) => $"'{name}' is not a Python identifier (letters, digits and '_', not starting with a digit)",
        _ when Keywords.Contains(name) => $"'{name}' is a Python keyword",
        _ => null,
    };

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Pattern();
}
