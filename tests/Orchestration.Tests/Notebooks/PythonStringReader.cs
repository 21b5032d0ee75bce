using System.Globalization;
using System.Text;

namespace Orchestration.Tests.Notebooks;

/// <summary>
/// Reads a double-quoted Python string literal back, as Python's tokenizer would, with the escapes
/// unicode_escape produces. Fails when the literal ends before its last character.
/// </summary>
internal static class PythonStringReader
{
    public static string Read(string literal)
    {
        Assert.True(literal.Length >= 2 && literal[0] == '"' && literal[^1] == '"', $"Not a double-quoted literal: {literal}");
        var text = new StringBuilder();
        for (var index = 1; index < literal.Length - 1; index++)
        {
            var c = literal[index];
            Assert.False(c == '"', $"The literal ends early, at {index}: {literal}");
            Assert.False(c is '\n' or '\r', $"A raw line break in the literal at {index}: {literal}");
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            var escape = literal[++index];
            _ = escape switch
            {
                '\\' or '"' or '\'' => text.Append(escape),
                'n' => text.Append('\n'),
                'r' => text.Append('\r'),
                't' => text.Append('\t'),
                'x' => text.Append(Hex(literal, ref index, 2)),
                'u' => text.Append(Hex(literal, ref index, 4)),
                'U' => text.Append(Hex(literal, ref index, 8)),
                _ => throw new FormatException($"Unexpected escape \\{escape} in {literal}"),
            };
        }

        return text.ToString();
    }

    private static string Hex(string literal, ref int index, int digits)
    {
        var codePoint = int.Parse(literal.AsSpan(index + 1, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        index += digits;
        return codePoint is >= 0xd800 and < 0xe000 ? ((char)codePoint).ToString() : char.ConvertFromUtf32(codePoint);
    }
}
