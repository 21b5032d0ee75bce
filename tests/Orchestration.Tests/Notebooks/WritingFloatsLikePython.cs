using Orchestration.Notebooks;

namespace Orchestration.Tests.Notebooks;

/// <summary>Finite floats are written as Python's repr() writes them (expected values printed by Python 3.11).</summary>
public sealed class WritingFloatsLikePython
{
    [Theory]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(1e-5, "1e-05")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.000123, "0.000123")]
    [InlineData(123456789012345678.0, "1.2345678901234568e+17")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(0.0, "0.0")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(100.0, "100.0")]
    [InlineData(12345.678, "12345.678")]
    [InlineData(2.5e-7, "2.5e-07")]
    [InlineData(1.0 / 3, "0.3333333333333333")]
    [InlineData(9007199254740993.0, "9007199254740992.0")]
    [InlineData(-1.5, "-1.5")]
    public void A_float_is_written_as_python_repr_writes_it(double value, string expected)
    {
        var literal = PythonLiteral.Format(new PythonFloat(value));

        Assert.Equal(expected, literal);
    }
}
