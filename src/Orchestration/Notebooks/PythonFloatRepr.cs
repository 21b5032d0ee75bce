using System.Globalization;

namespace Orchestration.Notebooks;

/// <summary>
/// Python's <c>repr()</c> of a finite float: the shortest digits that read back to the same double,
/// in fixed notation when the decimal exponent is between -4 and 16 (with ".0" when it is whole),
/// otherwise as <c>1.5e+16</c> / <c>1e-05</c>.
/// </summary>
internal static class PythonFloatRepr
{
    public static string Format(double value)
    {
        // .NET's round-trip format has the same shortest digits; only the layout differs.
        var (digits, pointPosition) = ShortestDigits(Math.Abs(value).ToString("R", CultureInfo.InvariantCulture));
        var sign = double.IsNegative(value) ? "-" : string.Empty;
        return sign + (pointPosition is > -4 and <= 16 ? Fixed(digits, pointPosition) : Scientific(digits, pointPosition));
    }

    /// <summary>The significant digits and where the decimal point goes: value = 0.DIGITS × 10^point.</summary>
    private static (string Digits, int Point) ShortestDigits(string roundTrip)
    {
        var exponentAt = roundTrip.IndexOf('E', StringComparison.Ordinal);
        var mantissa = exponentAt < 0 ? roundTrip : roundTrip[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(roundTrip[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var wholeDigits = dot < 0 ? mantissa.Length : dot;
        var digits = mantissa.Replace(".", string.Empty, StringComparison.Ordinal);
        var point = wholeDigits + exponent;

        var significant = digits.TrimStart('0');
        point -= digits.Length - significant.Length;
        significant = significant.TrimEnd('0');
        return significant.Length == 0 ? ("0", 1) : (significant, point);
    }

    private static string Fixed(string digits, int point) =>
        point <= 0 ? "0." + new string('0', -point) + digits
        : point >= digits.Length ? digits + new string('0', point - digits.Length) + ".0"
        : digits[..point] + "." + digits[point..];

    private static string Scientific(string digits, int point)
    {
        var exponent = point - 1;
        var mantissa = digits.Length == 1 ? digits : digits[..1] + "." + digits[1..];
        return mantissa + (exponent < 0 ? "e-" : "e+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
    }
}
