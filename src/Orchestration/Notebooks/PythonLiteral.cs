using System.Globalization;
using System.Text;

namespace Orchestration.Notebooks;

/// <summary>
/// Writes a value as Python source, exactly as papermill's Python translator does, so an injected
/// cell reads the same whichever tool wrote it. Strings are escaped like Python's
/// <c>unicode_escape</c> codec followed by <c>"</c> → <c>\"</c>: any text round-trips and none can end
/// the literal early.
/// </summary>
internal static class PythonLiteral
{
    public static string Format(PythonValue value) => value switch
    {
        PythonNone => "None",
        PythonBool b => b.Value ? "True" : "False",
        PythonInt i => i.Value.ToString(CultureInfo.InvariantCulture),
        PythonFloat f => FormatFloat(f.Value),
        PythonString s => Quote(s.Value),
        PythonList list => "[" + string.Join(", ", list.Items.Select(Format)) + "]",
        PythonDict dict => "{" + string.Join(", ", dict.Entries.Select(e => Quote(e.Key) + ": " + Format(e.Value))) + "}",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a value papermill can inject."),
    };

    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var literal = new StringBuilder(text.Length + 2).Append('"');
        for (var index = 0; index < text.Length; index++)
        {
            int codePoint = text[index];
            if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                codePoint = char.ConvertToUtf32(text[index], text[++index]);
            }

            AppendEscaped(literal, codePoint);
        }

        return literal.Append('"').ToString();
    }

    private static void AppendEscaped(StringBuilder literal, int codePoint)
    {
        _ = codePoint switch
        {
            '\\' => literal.Append(@"\\"),
            '"' => literal.Append("\\\""),
            '\t' => literal.Append(@"\t"),
            '\n' => literal.Append(@"\n"),
            '\r' => literal.Append(@"\r"),
            < 0x20 or (>= 0x7f and < 0x100) => literal.Append(CultureInfo.InvariantCulture, $"\\x{codePoint:x2}"),
            < 0x7f => literal.Append((char)codePoint),
            < 0x10000 => literal.Append(CultureInfo.InvariantCulture, $"\\u{codePoint:x4}"),
            _ => literal.Append(CultureInfo.InvariantCulture, $"\\U{codePoint:x8}"),
        };
    }

    private static string FormatFloat(double value) =>
        double.IsNaN(value) ? "float('nan')"
        : double.IsPositiveInfinity(value) ? "float('inf')"
        : double.IsNegativeInfinity(value) ? "float('-inf')"
        : PythonFloatRepr.Format(value);
}
