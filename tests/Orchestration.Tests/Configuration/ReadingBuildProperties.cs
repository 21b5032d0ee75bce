using Orchestration.Configuration;

namespace Orchestration.Tests.Configuration;

public sealed class ReadingBuildProperties
{
    private const string Path = "samples/demo/build.properties";

    [Fact]
    public void Keys_and_values_are_split_at_the_first_equals_or_colon_and_trimmed()
    {
        var file = PropertiesFile.Parse(Path, "model.name = demo\r\n  data.version:3  \nmodel.path=s3://bucket/a=b:c\n");

        Assert.Equal(
            [new PropertyLine("model.name", "demo", 1), new PropertyLine("data.version", "3", 2), new PropertyLine("model.path", "s3://bucket/a=b:c", 3)],
            file.Lines);
        Assert.Empty(file.Problems);
    }

    [Fact]
    public void Comments_and_blank_lines_are_skipped_but_still_counted()
    {
        var file = PropertiesFile.Parse(Path, "# a comment\n\n   ! another = comment\n\t\nnotebook=train.ipynb");

        Assert.Equal([new PropertyLine("notebook", "train.ipynb", 5)], file.Lines);
    }

    [Fact]
    public void An_empty_value_is_kept_as_empty()
    {
        Assert.Equal([new PropertyLine("data", string.Empty, 1)], PropertiesFile.Parse(Path, "data=").Lines);
    }

    [Theory]
    [InlineData("parameter.cmd=$(rm -rf /)", "$(rm -rf /)")]
    [InlineData("parameter.cmd=`id`; echo $HOME", "`id`; echo $HOME")]
    [InlineData("parameter.cmd=${PATH} && reboot", "${PATH} && reboot")]
    [InlineData("parameter.cmd=\"quoted\" \\n 'single'", "\"quoted\" \\n 'single'")]
    public void Values_that_look_like_shell_code_are_kept_verbatim(string line, string expected)
    {
        Assert.Equal(expected, PropertiesFile.Parse(Path, line).Lines.Single().Value);
    }

    [Fact]
    public void A_line_without_separator_is_a_problem_naming_file_and_line()
    {
        var file = PropertiesFile.Parse(Path, "model.name=demo\nmodel.version 7\n");

        var problem = Assert.Single(file.Problems);
        Assert.Equal("samples/demo/build.properties:2: 'model.version 7' has no '=' or ':' between a key and a value; write key=value (comments start with # or !).", problem.ToString());
    }

    [Fact]
    public void A_duplicate_key_is_a_problem_naming_both_lines()
    {
        var file = PropertiesFile.Parse(Path, "model.name=a\n# comment\nmodel.name = b\n");

        Assert.Equal("samples/demo/build.properties:3: model.name is set twice, on lines 1 and 3; keep one.", Assert.Single(file.Problems).ToString());
        Assert.Equal("a", Assert.Single(file.Lines).Value);
    }

    [Fact]
    public void A_line_starting_with_a_separator_has_no_key()
    {
        var file = PropertiesFile.Parse(Path, "=demo");

        Assert.Equal("samples/demo/build.properties:1: the line starts with '=', so it has no key; write key=value.", Assert.Single(file.Problems).ToString());
    }

    [Fact]
    public void Every_problem_of_the_file_is_kept()
    {
        var file = PropertiesFile.Parse(Path, "one\ntwo\nthree=3\nthree=4");

        Assert.Equal([1, 2, 4], file.Problems.Select(p => p.Source.Line));
    }
}
