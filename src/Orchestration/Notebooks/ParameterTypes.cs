namespace Orchestration.Notebooks;

/// <summary>
/// Types a parameter given as text the way papermill's command line types <c>-p name value</c>:
/// <c>True</c>/<c>False</c>/<c>None</c>, then whatever Python's <c>int()</c> accepts, then whatever
/// <c>float()</c> accepts, else the text itself as a string.
/// </summary>
internal static class ParameterTypes
{
    public static PythonValue Guess(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text switch
        {
            "True" => new PythonBool(true),
            "False" => new PythonBool(false),
            "None" => PythonValue.None,
            _ when PythonNumbers.TryParseInt(text, out var integer) => new PythonInt(integer),
            _ when PythonNumbers.TryParseFloat(text, out var number) => new PythonFloat(number),
            _ => new PythonString(text),
        };
    }

    public static IReadOnlyList<KeyValuePair<string, PythonValue>> Guess(IEnumerable<KeyValuePair<string, string>> parameters) =>
        [.. parameters.Select(p => KeyValuePair.Create(p.Key, Guess(p.Value)))];
}
