using Orchestration.Notebooks;

namespace Orchestration.Tests.Notebooks;

/// <summary>Strings are escaped like Python's unicode_escape codec, then " becomes \".</summary>
public sealed class QuotingStrings
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("", "\"\"")]
    [InlineData("it's", "\"it's\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData(@"C:\temp\new", @"""C:\\temp\\new""")]
    [InlineData("\\\"", "\"\\\\\\\"\"")]
    [InlineData("line one\nline two\r\n\tend", "\"line one\\nline two\\r\\n\\tend\"")]
    [InlineData("nul\0bell\u0007del\u007f", "\"nul\\x00bell\\x07del\\x7f\"")]
    [InlineData("café", "\"caf\\xe9\"")]
    [InlineData("€ and 日本", "\"\\u20ac and \\u65e5\\u672c\"")]
    [InlineData("😍", "\"\\U0001f60d\"")]
    [InlineData("\"; import os; os.system(\"x\") #", "\"\\\"; import os; os.system(\\\"x\\\") #\"")]
    public void Special_characters_are_escaped_as_papermill_escapes_them(string text, string expected)
    {
        var literal = PythonLiteral.Quote(text);

        Assert.Equal(expected, literal);
    }

    [Fact]
    public void A_lone_surrogate_is_escaped_rather_than_lost()
    {
        var literal = PythonLiteral.Quote("a\ud83db");

        Assert.Equal("\"a\\ud83db\"", literal);
    }

    [Theory]
    [InlineData("\"; import os; os.system(\"x\") #")]
    [InlineData("\\")]
    [InlineData("\\\\\"\"\\")]
    [InlineData("\"\"\"")]
    [InlineData("end\\")]
    [InlineData("x\ny = 2")]
    [InlineData("tab\there 😍 ünïcödé \u2028 \u0085")]
    public void No_text_can_end_the_literal_early_and_every_text_reads_back(string text)
    {
        var literal = PythonLiteral.Quote(text);

        Assert.Equal(text, PythonStringReader.Read(literal));
    }

    [Fact]
    public void Random_text_reads_back_unchanged()
    {
        var random = new Random(20240601);
        for (var round = 0; round < 500; round++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => RandomCharacter(random))]);

            Assert.Equal(text, PythonStringReader.Read(PythonLiteral.Quote(text)));
        }
    }

    private const string Troublemakers = "\"\\'\n\r\t #;";

    private static char RandomCharacter(Random random) => random.Next(4) switch
    {
        0 => Troublemakers[random.Next(Troublemakers.Length)],
        1 => (char)random.Next(0, 0x80),
        2 => (char)random.Next(0x80, 0x800),
        _ => (char)random.Next(0x800, 0xd800),
    };
}
