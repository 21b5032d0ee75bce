using System.Globalization;
using System.Numerics;
using System.Text;

namespace Orchestration.Notebooks;

/// <summary>
/// What Python's <c>int(text)</c> and <c>float(text)</c> accept: surrounding whitespace, a sign,
/// any Unicode decimal digits, single underscores between digits; for floats also a fraction, an
/// exponent, and nan / inf / infinity in any case.
/// </summary>
internal static class PythonNumbers
{
    public static bool TryParseInt(string text, out BigInteger value)
    {
        value = default;
        var body = StripSpace(text);
        var sign = body.Length > 0 && body[0] is '+' or '-' ? body[..1] : string.Empty;
        if (!TryDigits(body[sign.Length..], out var digits))
        {
            return false;
        }

        value = BigInteger.Parse(sign + digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return true;
    }

    public static bool TryParseFloat(string text, out double value)
    {
        value = default;
        var body = StripSpace(text);
        var negative = body.Length > 0 && body[0] == '-';
        var unsigned = body.Length > 0 && body[0] is '+' or '-' ? body[1..] : body;
        switch (unsigned.ToUpperInvariant())
        {
            case "NAN":
                value = double.NaN;
                return true;
            case "INF" or "INFINITY":
                value = negative ? double.NegativeInfinity : double.PositiveInfinity;
                return true;
        }

        if (!TryDecimal(unsigned, out var ascii))
        {
            return false;
        }

        // Like Python, too large a number becomes infinity rather than an error.
        value = double.Parse(ascii, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
        value = negative ? -value : value;
        return true;
    }

    /// <summary>digits [. [digits]] | . digits, then an optional exponent e[+-]digits.</summary>
    private static bool TryDecimal(string text, out string ascii)
    {
        ascii = string.Empty;
        var exponentAt = text.IndexOfAny(['e', 'E']);
        var mantissa = exponentAt < 0 ? text : text[..exponentAt];
        var exponent = string.Empty;
        if (exponentAt >= 0)
        {
            var part = text[(exponentAt + 1)..];
            var sign = part.Length > 0 && part[0] is '+' or '-' ? part[..1] : string.Empty;
            if (!TryDigits(part[sign.Length..], out var exponentDigits))
            {
                return false;
            }

            exponent = "e" + sign + exponentDigits;
        }

        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? mantissa : mantissa[..dot];
        var fraction = dot < 0 ? string.Empty : mantissa[(dot + 1)..];
        if (whole.Length == 0 && fraction.Length == 0)
        {
            return false;
        }

        var wholeDigits = string.Empty;
        var fractionDigits = string.Empty;
        if ((whole.Length > 0 && !TryDigits(whole, out wholeDigits)) || (fraction.Length > 0 && !TryDigits(fraction, out fractionDigits)))
        {
            return false;
        }

        ascii = (wholeDigits.Length > 0 ? wholeDigits : "0") + "." + (fractionDigits.Length > 0 ? fractionDigits : "0") + exponent;
        return true;
    }

    /// <summary>One or more decimal digits with single underscores between them, as ASCII digits.</summary>
    private static bool TryDigits(string text, out string ascii)
    {
        var digits = new StringBuilder(text.Length);
        var previousWasDigit = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == '_' && previousWasDigit)
            {
                previousWasDigit = false;
                continue;
            }

            if (Rune.GetUnicodeCategory(rune) != UnicodeCategory.DecimalDigitNumber)
            {
                ascii = string.Empty;
                return false;
            }

            digits.Append((char)('0' + (int)Rune.GetNumericValue(rune)));
            previousWasDigit = true;
        }

        ascii = digits.ToString();
        return previousWasDigit;
    }

    private static string StripSpace(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsPythonSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsPythonSpace(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    // Python's str.isspace() also counts the information separators U+001C to U+001F.
    private static bool IsPythonSpace(char c) => char.IsWhiteSpace(c) || c is >= '\x1c' and <= '\x1f';
}
