using Orchestration.Notebooks;

namespace Orchestration.Tests.Notebooks;

public sealed class ReadingMetrics : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("orchestration-metrics-").FullName;

    private string MetricsPath => Path.Combine(folder, "metrics.json");

    [Fact]
    public void A_flat_object_becomes_the_metrics()
    {
        File.WriteAllText(MetricsPath, "{\"rmse\": 3.25, \"r2\": 0.91, \"rows\": 120}");

        var metrics = MetricsFile.Read(MetricsPath);

        Assert.NotNull(metrics);
        Assert.Equal(["rmse", "r2", "rows"], metrics.Keys);
        Assert.Equal(3.25, metrics["rmse"].GetDouble());
    }

    [Fact]
    public void No_file_means_no_metrics()
    {
        Assert.Null(MetricsFile.Read(MetricsPath));
    }

    [Fact]
    public void Invalid_json_is_an_error_naming_the_file()
    {
        File.WriteAllText(MetricsPath, "{\"r2\": NaN}");

        var error = Assert.Throws<NotebookFailedException>(() => MetricsFile.Read(MetricsPath));

        Assert.StartsWith($"The notebook's metrics file {MetricsPath} cannot be read: it is not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.Contains("NaN and Infinity are not JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_that_is_not_an_object_is_an_error_too()
    {
        File.WriteAllText(MetricsPath, "[1, 2]");

        var error = Assert.Throws<NotebookFailedException>(() => MetricsFile.Read(MetricsPath));

        Assert.Contains("it holds a JSON array, not an object", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
