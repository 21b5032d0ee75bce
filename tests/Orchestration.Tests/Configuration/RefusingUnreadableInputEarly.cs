using System.Text;
using System.Text.RegularExpressions;
using Cake.Core;
using Orchestration.Configuration;

namespace Orchestration.Tests.Configuration;

/// <summary>Input that used to pass Configure and fail later, or be read silently wrong, is refused at Configure with its line.</summary>
public sealed partial class RefusingUnreadableInputEarly : IDisposable
{
    private readonly ModelProject project = new();

    public void Dispose() => project.Dispose();

    [Fact]
    public void Invalid_UTF8_is_refused_with_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes("model.name=demo\n# caf\n").Concat(new byte[] { 0xE9, (byte)'\n' }).ToArray();
        File.WriteAllBytes(Path.Combine(project.Directory, "build.properties"), bytes);

        var refusal = Assert.Throws<CakeException>(Load);

        Assert.Equal(2, refusal.ExitCode);
        Assert.Equal("samples/demo/build.properties:3: is not valid UTF-8 (byte 0xE9). Save the file as UTF-8.", refusal.Message);
    }

    [Fact]
    public void Classic_Mac_line_endings_are_named_as_such()
    {
        project.Write("build.properties", ModelProject.ValidProperties.Replace("\n", "\r", StringComparison.Ordinal));

        var refusal = Assert.Throws<CakeException>(Load);

        Assert.StartsWith("samples/demo/build.properties has classic Mac line endings (CR only)", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_line_endings_are_read_as_lines()
    {
        project.Write("build.properties", ModelProject.ValidProperties.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal("demo.2.7", Load().Require().Identity.ToString());
    }

    [Fact]
    public void A_trailing_comment_after_a_value_of_the_builds_own_keys_is_refused_with_its_line()
    {
        var problems = project.Problems(ModelProject.ValidProperties.Replace("notebook=train.ipynb", "notebook=train.ipynb   # the notebook", StringComparison.Ordinal));

        Assert.Equal(
            "samples/demo/build.properties:4: notebook 'train.ipynb   # the notebook' ends with what looks like a comment ('# the notebook'): a comment is a line of its own, starting with # or !. Move it to the line above.",
            Assert.Single(problems));
    }

    [Fact]
    public void A_parameter_value_may_hold_a_hash()
    {
        var resolved = project.Resolve(ModelProject.ValidProperties + "\nparameter.title=Run #3\n");

        Assert.Equal("Run #3", resolved.Require().Parameters.Single(p => p.Key == "title").Value);
    }

    [Fact]
    public void The_READMEs_build_properties_example_loads()
    {
        var readme = File.ReadAllText(Path.Combine(Architecture.RepositorySources.Root, "README.md"));
        var example = PropertiesExample().Match(readme).Groups[1].Value;
        project.Write("data/rows.csv", "x\n");
        project.Write("Dockerfile", "FROM scratch\n");

        var problems = project.Problems(example);

        Assert.Empty(problems);
    }

    [Fact]
    public void A_model_name_longer_than_the_limit_is_refused_with_its_length()
    {
        var name = new string('m', 65);

        var problems = project.Problems(ModelProject.ValidProperties.Replace("model.name=demo", $"model.name={name}", StringComparison.Ordinal));

        Assert.Equal($"samples/demo/build.properties:1: model.name '{name}' is 65 characters long; the limit is 64 (it names packages, files and images).", Assert.Single(problems));
    }

    [Fact]
    public void A_data_entry_that_matches_nothing_is_refused_even_when_another_matches()
    {
        project.Write("data/rows.csv", "x\n");

        var problems = project.Problems(ModelProject.ValidProperties + "\ndata=data/**,missing-file.csv\n");

        Assert.Equal(
            "samples/demo/build.properties:7: data entry 'missing-file.csv' matches no file in the project folder samples/demo: fix or remove it.",
            Assert.Single(problems));
    }

    private ResolvedConfiguration Load() => ModelConfigurationLoader.Load(project.Directory, ModelProject.Display, ConfigurationOverrides.None);

    [GeneratedRegex("```properties\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex PropertiesExample();
}
