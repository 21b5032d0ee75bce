using Orchestration.Notebooks;
using static Orchestration.Tests.Notebooks.Py;

namespace Orchestration.Tests.Notebooks;

/// <summary>The cases of papermill's own tests for its Python translator (test_translators.py), as data.</summary>
public sealed class TranslatingValuesLikePapermill
{
    // The theory data holds internal types, so xunit sees it through object[] rows.
    public static IEnumerable<object[]> PapermillTypeCases => PapermillTypeCasesRows;

    private static TheoryData<PythonValue, string> PapermillTypeCasesRows => new()
    {
        { S("foo"), "\"foo\"" },
        { S("{\"foo\": \"bar\"}"), "\"{\\\"foo\\\": \\\"bar\\\"}\"" },
        { D(("foo", S("bar"))), "{\"foo\": \"bar\"}" },
        { D(("foo", S("\"bar\""))), "{\"foo\": \"\\\"bar\\\"\"}" },
        { D(("foo", L(S("bar")))), "{\"foo\": [\"bar\"]}" },
        { D(("foo", D(("bar", S("baz"))))), "{\"foo\": {\"bar\": \"baz\"}}" },
        { D(("foo", D(("bar", S("\"baz\""))))), "{\"foo\": {\"bar\": \"\\\"baz\\\"\"}}" },
        { L(S("foo")), "[\"foo\"]" },
        { L(S("foo"), S("\"bar\"")), "[\"foo\", \"\\\"bar\\\"\"]" },
        { L(D(("foo", S("bar")))), "[{\"foo\": \"bar\"}]" },
        { L(D(("foo", S("\"bar\"")))), "[{\"foo\": \"\\\"bar\\\"\"}]" },
        { I(12345), "12345" },
        { I(-54321), "-54321" },
        { F(1.2345), "1.2345" },
        { F(-5432.1), "-5432.1" },
        { F(double.NaN), "float('nan')" },
        { F(double.NegativeInfinity), "float('-inf')" },
        { F(double.PositiveInfinity), "float('inf')" },
        { B(true), "True" },
        { B(false), "False" },
        { None, "None" },
    };

    // The theory data holds internal types, so xunit sees it through object[] rows.
    public static IEnumerable<object[]> PapermillCodifyCases => PapermillCodifyCasesRows;

    private static TheoryData<KeyValuePair<string, PythonValue>[], string> PapermillCodifyCasesRows => new()
    {
        { [P("foo", S("bar"))], "# Parameters\nfoo = \"bar\"\n" },
        { [P("foo", B(true))], "# Parameters\nfoo = True\n" },
        { [P("foo", I(5))], "# Parameters\nfoo = 5\n" },
        { [P("foo", F(1.1))], "# Parameters\nfoo = 1.1\n" },
        { [P("foo", L(S("bar"), S("baz")))], "# Parameters\nfoo = [\"bar\", \"baz\"]\n" },
        { [P("foo", D(("bar", S("baz"))))], "# Parameters\nfoo = {\"bar\": \"baz\"}\n" },
        { [P("foo", S("bar")), P("baz", L(S("buz")))], "# Parameters\nfoo = \"bar\"\nbaz = [\"buz\"]\n" },
    };

    [Theory]
    [MemberData(nameof(PapermillTypeCases))]
    public void A_value_is_written_as_papermill_writes_it(object value, string expected)
    {
        var literal = PythonLiteral.Format((PythonValue)value);

        Assert.Equal(expected, literal);
    }

    [Theory]
    [MemberData(nameof(PapermillCodifyCases))]
    public void The_parameter_cell_is_a_comment_then_one_assignment_per_line(object parameters, string expected)
    {
        var source = ParameterCell.Source((KeyValuePair<string, PythonValue>[])parameters);

        Assert.Equal(expected, source);
    }
}
