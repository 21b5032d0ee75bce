using Cake.Core;
using Orchestration.Configuration;

namespace Orchestration.Tests.Configuration;

public sealed class ValidatingTheConfiguration : IDisposable
{
    private const string File = ModelProject.PropertiesPath;

    private readonly ModelProject project = new();

    public void Dispose() => project.Dispose();

    [Theory]
    [InlineData("salary.regression", "model.name 'salary.regression' contains a dot: use letters, digits, '_' and '-' only, so that the identity name.dataVersion.modelVersion parses back (e.g. salary-regression).")]
    [InlineData("salary regression", "model.name 'salary regression' may hold only letters, digits, '_' and '-' (e.g. salary-regression).")]
    [InlineData("", "model.name '' is empty; expected letters, digits, '_' or '-' (e.g. salary-regression).")]
    public void A_model_name_must_parse_back_from_the_identity(string name, string expected)
    {
        Assert.Equal([$"{File}:1: {expected}"], project.Problems(Replace("model.name=demo", $"model.name={name}")));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData("1.5")]
    [InlineData("two")]
    [InlineData(" 1")]
    [InlineData("99999999999")]
    public void A_version_must_be_a_whole_number_written_with_digits_only(string version)
    {
        var overrides = ModelProject.Overrides(arguments: [("data-version", version)]);

        Assert.Equal(
            [$"--data-version: data.version '{version}' is not a version: expected a whole number 0 or greater, digits only (no sign, no decimals), e.g. 3."],
            project.Problems(ModelProject.ValidProperties, overrides));
    }

    [Fact]
    public void A_version_with_a_leading_zero_would_not_read_back_the_same()
    {
        Assert.Equal(
            [$"{File}:3: model.version '07' has a leading zero: write 7, so that the identity reads back the same."],
            project.Problems(Replace("model.version=7", "model.version=07")));
    }

    [Fact]
    public void Zero_is_a_version()
    {
        Assert.Equal(0, project.Resolve(Replace("data.version=2", "data.version=0")).Require().Identity.DataVersion);
    }

    [Fact]
    public void The_notebook_must_exist_in_the_project()
    {
        Assert.Equal(
            [$"{File}:4: notebook 'missing.ipynb' does not exist in the project folder samples/demo."],
            project.Problems(Replace("notebook=train.ipynb", "notebook=missing.ipynb")));
    }

    [Fact]
    public void The_notebook_must_be_a_notebook()
    {
        project.Write("train.py", string.Empty);

        Assert.Equal(
            [$"{File}:4: notebook 'train.py' is not a notebook: expected a .ipynb file, e.g. train.ipynb."],
            project.Problems(Replace("notebook=train.ipynb", "notebook=train.py")));
    }

    [Theory]
    [InlineData("Pipfile")]
    [InlineData("setup.py")]
    [InlineData("environment.txt")]
    public void The_environment_must_be_a_requirements_or_conda_file(string environment)
    {
        project.Write(environment, string.Empty);

        Assert.Equal(
            [$"{File}:6: environment '{environment}' is neither a requirements.txt (pip) nor an environment.yml (conda) file: name the file requirements.txt or environment.yml."],
            project.Problems(Replace("environment=requirements.txt", $"environment={environment}")));
    }

    [Fact]
    public void The_environment_file_must_exist()
    {
        var overrides = ModelProject.Overrides(environment: [("MODEL_ENVIRONMENT_FILE", "environment.yml")]);

        Assert.Equal(
            ["environment MODEL_ENVIRONMENT_FILE: environment 'environment.yml' does not exist in the project folder samples/demo."],
            project.Problems(ModelProject.ValidProperties, overrides));
    }

    [Fact]
    public void A_placeholder_other_than_the_three_is_a_problem()
    {
        Assert.Equal(
            [$"{File}:5: model.path 'model/{{name}}-{{model.version}}.pkl' uses the unknown placeholder {{name}}; the placeholders are {{model.name}}, {{data.version}}, {{model.version}}."],
            project.Problems(Replace("model.path=model/{model.name}.{data.version}.{model.version}.pkl", "model.path=model/{name}-{model.version}.pkl")));
    }

    [Theory]
    [InlineData("notebook", "../other/train.ipynb", "points outside the project folder; give it relative to the project folder, without '..' leading out.")]
    [InlineData("model-path", "/tmp/model.pkl", "is an absolute path; give it relative to the project folder.")]
    [InlineData("dockerfile", "docker/../../Dockerfile", "points outside the project folder; give it relative to the project folder, without '..' leading out.")]
    public void Paths_stay_inside_the_project_folder(string argument, string value, string expected)
    {
        var key = argument.Replace('-', '.');
        var overrides = ModelProject.Overrides(arguments: [(argument, value)]);

        Assert.Equal([$"--{argument}: {key} '{value}' {expected}"], project.Problems(ModelProject.ValidProperties, overrides));
    }

    [Fact]
    public void A_data_entry_outside_the_project_is_a_problem()
    {
        project.Write("data/rows.csv", "x\n");
        var overrides = ModelProject.Overrides(environment: [("MODEL_DATA", "data/*.csv, ../../secrets/*")]);

        Assert.Equal(
            ["environment MODEL_DATA: data entry '../../secrets/*' points outside the project folder; give it relative to the project folder, without '..' leading out."],
            project.Problems(ModelProject.ValidProperties, overrides));
    }

    [Fact]
    public void An_unknown_key_is_reported_with_the_closest_known_key_and_the_list()
    {
        Assert.Equal(
            [$"{File}:7: unknown key 'model.nmae' (did you mean model.name?). Known keys: model.name, data.version, model.version, notebook, model.path, environment, data, dockerfile, outputs, parameter.NAME."],
            project.Problems(ModelProject.ValidProperties + "\nmodel.nmae=x"));
    }

    [Theory]
    [InlineData("Model.Name", "model.name")]
    [InlineData("paramter.alpha", "parameter.alpha")]
    [InlineData("docker_file", "dockerfile")]
    public void The_suggestion_is_the_nearest_key(string unknown, string suggestion)
    {
        Assert.Contains($"(did you mean {suggestion}?)", Assert.Single(project.Problems(ModelProject.ValidProperties + $"\n{unknown}=x")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_far_from_every_known_one_gets_no_suggestion()
    {
        Assert.DoesNotContain("did you mean", Assert.Single(project.Problems(ModelProject.ValidProperties + "\ncompletely.different=x")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_key_says_every_way_to_set_it()
    {
        Assert.Equal(
            [$"{File}: notebook is not set: add notebook=... to the file, pass --notebook=..., or set MODEL_NOTEBOOK."],
            project.Problems(Replace("notebook=train.ipynb", string.Empty)));
    }

    [Fact]
    public void All_problems_are_reported_together_one_per_line_in_file_order_with_exit_code_2()
    {
        const string Properties = """
            model.name=my.model
            data.version=-1
            model.version=1
            model.version=2
            notebook
            model.path=m/{nope}.pkl
            environment=requirements.txt
            """;
        var overrides = ModelProject.Overrides(arguments: [("parameter", "x")]);

        var error = Assert.Throws<CakeException>(() => project.Resolve(Properties, overrides).Require());

        Assert.Equal(2, error.ExitCode);
        var lines = error.Message.Split('\n');
        Assert.Equal($"The configuration in {File} has 7 problems:", lines[0]);
        Assert.Equal(
            [$"  {File}:1:", $"  {File}:2:", $"  {File}:4:", $"  {File}:5:", $"  {File}:6:", $"  {File}:", "  --parameter:"],
            lines[1..8].Select(line => line[..(line.IndexOf(": ", StringComparison.Ordinal) + 1)]));
        Assert.StartsWith("Keys: model.name,", lines[8], StringComparison.Ordinal);
    }

    private static string Replace(string line, string replacement) =>
        ModelProject.ValidProperties.Replace(line, replacement, StringComparison.Ordinal);
}
