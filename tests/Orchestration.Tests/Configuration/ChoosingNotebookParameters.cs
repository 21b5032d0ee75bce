using Orchestration.Configuration;

namespace Orchestration.Tests.Configuration;

public sealed class ChoosingNotebookParameters : IDisposable
{
    private readonly ModelProject project = new();

    public void Dispose() => project.Dispose();

    [Fact]
    public void Without_parameter_lines_the_notebook_gets_the_versions_as_in_the_classic_job()
    {
        var configuration = project.Resolve(ModelProject.ValidProperties).Require();

        Assert.Equal([KeyValuePair.Create("data_ver", "2"), KeyValuePair.Create("model_ver", "7")], configuration.Parameters);
    }

    [Fact]
    public void Parameter_lines_in_the_file_replace_the_defaults_and_keep_their_order()
    {
        var properties = ModelProject.ValidProperties + "\nparameter.epochs=10\nparameter.version={data.version}-{model.version}\n";

        var configuration = project.Resolve(properties).Require();

        Assert.Equal([KeyValuePair.Create("epochs", "10"), KeyValuePair.Create("version", "2-7")], configuration.Parameters);
    }

    [Fact]
    public void A_parameter_argument_replaces_the_same_name_in_place_and_adds_the_others()
    {
        var properties = ModelProject.ValidProperties + "\nparameter.epochs=10\nparameter.rate=0.1\n";
        var overrides = ModelProject.Overrides(arguments: [("parameter", "rate=0.5"), ("parameter", "name={model.name}")]);

        var configuration = project.Resolve(properties, overrides).Require();

        Assert.Equal(
            [KeyValuePair.Create("epochs", "10"), KeyValuePair.Create("rate", "0.5"), KeyValuePair.Create("name", "demo")],
            configuration.Parameters);
    }

    [Fact]
    public void Parameter_arguments_are_added_to_the_defaults_which_they_can_also_replace()
    {
        var overrides = ModelProject.Overrides(arguments: [("parameter", "model_ver=99"), ("parameter", "seed=1")]);

        var configuration = project.Resolve(ModelProject.ValidProperties, overrides).Require();

        Assert.Equal(
            [KeyValuePair.Create("data_ver", "2"), KeyValuePair.Create("model_ver", "99"), KeyValuePair.Create("seed", "1")],
            configuration.Parameters);
    }

    [Fact]
    public void A_value_with_equals_signs_and_shell_code_is_kept_verbatim()
    {
        var overrides = ModelProject.Overrides(arguments: [("parameter", "query=a=b; $(reboot)")]);

        var configuration = project.Resolve(ModelProject.ValidProperties, overrides).Require();

        Assert.Equal("a=b; $(reboot)", configuration.Parameters.Single(p => p.Key == "query").Value);
    }

    [Fact]
    public void A_dict_literal_is_not_a_placeholder()
    {
        var properties = ModelProject.ValidProperties + "\nparameter.options={\"depth\": 3}\n";

        Assert.Equal("{\"depth\": 3}", project.Resolve(properties).Require().Parameters.Single().Value);
    }

    [Theory]
    [InlineData("parameter.1st=x", "parameter.1st: '1st' is not a Python identifier (letters, digits and '_', not starting with a digit); a notebook parameter is a Python variable.")]
    [InlineData("parameter.learning-rate=x", "parameter.learning-rate: 'learning-rate' is not a Python identifier (letters, digits and '_', not starting with a digit); a notebook parameter is a Python variable.")]
    [InlineData("parameter.class=x", "parameter.class: 'class' is a Python keyword; a notebook parameter is a Python variable.")]
    [InlineData("parameter.=x", "parameter.: the name is empty; a notebook parameter is a Python variable.")]
    [InlineData("parameter.tag={branch}", "parameter.tag uses the unknown placeholder {branch}; the placeholders are {model.name}, {data.version}, {model.version}.")]
    public void A_bad_parameter_in_the_file_is_a_problem_on_its_line(string line, string expected)
    {
        Assert.Equal([$"{ModelProject.PropertiesPath}:7: {expected}"], project.Problems(ModelProject.ValidProperties + "\n" + line));
    }

    [Theory]
    [InlineData("rate", "--parameter: 'rate' has no '='; write --parameter NAME=VALUE.")]
    [InlineData("my rate=1", "--parameter: parameter.my rate: 'my rate' is not a Python identifier (letters, digits and '_', not starting with a digit); a notebook parameter is a Python variable.")]
    public void A_bad_parameter_argument_is_a_problem_naming_the_argument(string argument, string expected)
    {
        var overrides = ModelProject.Overrides(arguments: [("parameter", argument)]);

        Assert.Equal([expected], project.Problems(ModelProject.ValidProperties, overrides));
    }

    [Fact]
    public void The_same_parameter_argument_twice_is_a_problem()
    {
        var overrides = ModelProject.Overrides(arguments: [("parameter", "a=1"), ("parameter", "a=2")]);

        Assert.Equal(["--parameter: parameter.a is given more than once; give it once."], project.Problems(ModelProject.ValidProperties, overrides));
    }
}
