using System.Numerics;
using Orchestration.Notebooks;
using static Orchestration.Tests.Notebooks.Py;

namespace Orchestration.Tests.Notebooks;

/// <summary>Text parameters are typed as papermill's -p types them (papermill's test_cli.py cases first).</summary>
public sealed class GuessingParameterTypes
{
    // The theory data holds internal types, so xunit sees it through object[] rows.
    public static IEnumerable<object[]> PapermillCases => PapermillCasesRows;

    private static TheoryData<string, PythonValue> PapermillCasesRows => new()
    {
        { "True", B(true) },
        { "False", B(false) },
        { "None", None },
        { "12.51", F(12.51) },
        { "10", I(10) },
        { "12.31", F(12.31) },
        { "hello world", S("hello world") },
        { "😍", S("😍") },
    };

    // The theory data holds internal types, so xunit sees it through object[] rows.
    public static IEnumerable<object[]> PythonConversionCases => PythonConversionCasesRows;

    private static TheoryData<string, PythonValue> PythonConversionCasesRows => new()
    {
        { "true", S("true") },
        { "none", S("none") },
        { "", S("") },
        { " 42 ", I(42) },
        { "\t7\n", I(7) },
        { "+5", I(5) },
        { "-0", I(0) },
        { "007", I(7) },
        { "1_000", I(1000) },
        { "1__0", S("1__0") },
        { "_1", S("_1") },
        { "1_", S("1_") },
        { "0x10", S("0x10") },
        { "١٢", I(12) },
        { "1e5", F(100000.0) },
        { "1E-3", F(0.001) },
        { ".5", F(0.5) },
        { "5.", F(5.0) },
        { "-2.5", F(-2.5) },
        { "1_0.5", F(10.5) },
        { "1e", S("1e") },
        { ".", S(".") },
        { "1.5.3", S("1.5.3") },
        { "nan", F(double.NaN) },
        { "NaN", F(double.NaN) },
        { "-inf", F(double.NegativeInfinity) },
        { "+Infinity", F(double.PositiveInfinity) },
        { "1e400", F(double.PositiveInfinity) },
        { "- 5", S("- 5") },
        { "models/x.joblib", S("models/x.joblib") },
    };

    [Theory]
    [MemberData(nameof(PapermillCases))]
    public void Values_are_typed_as_papermill_types_them(string text, object expected)
    {
        var value = ParameterTypes.Guess(text);

        Assert.Equal((PythonValue)expected, value);
    }

    [Theory]
    [MemberData(nameof(PythonConversionCases))]
    public void Numbers_are_whatever_python_int_and_float_accept(string text, object expected)
    {
        var value = ParameterTypes.Guess(text);

        Assert.Equal((PythonValue)expected, value);
    }

    [Fact]
    public void An_integer_of_any_size_stays_an_integer()
    {
        var value = ParameterTypes.Guess("123456789012345678901234567890");

        Assert.Equal(new PythonInt(BigInteger.Parse("123456789012345678901234567890", System.Globalization.CultureInfo.InvariantCulture)), value);
        Assert.Equal("123456789012345678901234567890", PythonLiteral.Format(value));
    }

    [Fact]
    public void Parameters_keep_their_order()
    {
        var typed = ParameterTypes.Guess([new("b", "1"), new("a", "x")]);

        Assert.Equal(["b", "a"], typed.Select(p => p.Key));
    }
}
