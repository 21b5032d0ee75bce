using Orchestration.Configuration;

namespace Orchestration.Tests.Configuration;

public sealed class PrintingTheConfiguration : IDisposable
{
    private readonly ModelProject project = new();

    public void Dispose() => project.Dispose();

    [Fact]
    public void Each_key_is_shown_with_its_value_and_where_it_came_from()
    {
        var overrides = ModelProject.Overrides(arguments: [("model-version", "8")], environment: [("DATA_VERSION", "3")]);

        var table = ConfigurationTable.Format(project.Resolve(ModelProject.ValidProperties, overrides));

        Assert.Equal(
            [
                "Configuration (argument > environment > samples/demo/build.properties > default):",
                "  key                  value               source",
                "  model.name           demo                samples/demo/build.properties:1",
                "  data.version         3                   environment DATA_VERSION",
                "  model.version        8                   --model-version",
                "  notebook             train.ipynb         samples/demo/build.properties:4",
                "  model.path           model/demo.3.8.pkl  samples/demo/build.properties:5",
                "  environment          requirements.txt    samples/demo/build.properties:6",
                "  data                 data/**             default",
                "  dockerfile           Dockerfile          default",
                "  outputs                                  default",
                "  parameter.data_ver   3                   default",
                "  parameter.model_ver  8                   default",
            ],
            table);
    }

    [Fact]
    public void A_missing_value_is_shown_as_not_set()
    {
        var table = ConfigurationTable.Format(project.Resolve("model.name=demo"));

        Assert.Contains(table, line => System.Text.RegularExpressions.Regex.IsMatch(line, @"^  notebook +\(not set\) +samples/demo/build\.properties$"));
    }
}
