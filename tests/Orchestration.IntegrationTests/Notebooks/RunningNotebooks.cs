using System.Text.Json.Nodes;
using Orchestration.IntegrationTests.PythonEnvironment;
using Orchestration.Notebooks;

namespace Orchestration.IntegrationTests.Notebooks;

[Collection(SharedPythonEnvironment.Name)]
public sealed class RunningNotebooks(PythonEnvironmentFixture environment)
{
    [Fact]
    public async Task A_notebook_that_succeeds_sees_its_parameters_and_leaves_notebook_html_metrics_and_model()
    {
        using var scenario = new TrainingScenario(environment, "succeeds");
        var model = TrainingScenario.Model(("alpha", "0.5"), ("name", "He said \"hi\" \\ and left"), ("count", "3"), ("flag", "True"));
        var options = new TrainingOptions
        {
            MlflowTrackingUri = "http://127.0.0.1:5000",
            NotebookEnvironment = new Dictionary<string, string> { ["EXTRA_SETTING"] = "on" },
        };

        var record = await scenario.TrainAsync(model, options);

        Assert.Equal(scenario.ExecutedNotebook, record.ExecutedNotebook);
        var executed = JsonNode.Parse(File.ReadAllText(record.ExecutedNotebook))!;
        var cells = executed["cells"]!.AsArray();
        Assert.Equal(["injected-parameters"], cells[2]!["metadata"]!["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(
            "0.5 'He said \"hi\" \\\\ and left' 3 True\n" + scenario.ProjectDirectory + "\n",
            Text(cells[3]!["outputs"]![0]!["text"]));
        Assert.Equal("mlflow: http://127.0.0.1:5000 extra: on\n", Text(cells[6]!["outputs"]![0]!["text"]));

        var papermill = executed["metadata"]!["papermill"]!;
        Assert.Equal(0.5, papermill["parameters"]!["alpha"]!.GetValue<double>());
        Assert.Equal("He said \"hi\" \\ and left", papermill["parameters"]!["name"]!.GetValue<string>());
        Assert.False(papermill["exception"]!.GetValue<bool>());
        Assert.True(papermill["duration"]!.GetValue<double>() > 0);
        Assert.All(cells, cell => Assert.Equal("completed", cell!["metadata"]!["papermill"]!["status"]!.GetValue<string>()));

        Assert.Contains("He said", File.ReadAllText(record.HtmlReport), StringComparison.Ordinal);
        Assert.Equal("alpha=0.5", File.ReadAllText(record.ModelFile));
        Assert.Equal(1.25, record.Metrics["rmse"].GetDouble());
        Assert.Equal(3, record.Parameters["count"].GetInt32());
        Assert.True(record.Parameters["flag"].GetBoolean());
        Assert.Contains("[cell 4/7] In [3]", scenario.Log.Text, StringComparison.Ordinal);
        Assert.Contains("Metric rmse = 1.25", scenario.Log.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cell_that_raises_is_named_and_the_executed_notebook_is_still_saved()
    {
        using var scenario = new TrainingScenario(environment, "raises");

        var failure = await Assert.ThrowsAsync<NotebookFailedException>(() => scenario.TrainAsync(TrainingScenario.Model(("data_ver", "7"))));

        Assert.StartsWith("train.ipynb: Cell In [4] \"raise ValueError(f\"bad input: {data_ver}\")\" raised ValueError: bad input: 7\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains("The executed notebook, with every output up to there: " + scenario.ExecutedNotebook, failure.Message, StringComparison.Ordinal);
        Assert.Equal("cell-error", failure.Kind);
        var executed = JsonNode.Parse(File.ReadAllText(scenario.ExecutedNotebook))!;
        Assert.True(executed["metadata"]!["papermill"]!["exception"]!.GetValue<bool>());
        var failed = executed["cells"]!.AsArray().Single(c => c!["metadata"]!["papermill"]?["status"]?.GetValue<string>() == "failed")!;
        Assert.Equal("ValueError", failed["outputs"]![0]!["ename"]!.GetValue<string>());
        Assert.True(File.Exists(Path.ChangeExtension(scenario.ExecutedNotebook, ".html")));
    }

    [Fact]
    public async Task A_cell_that_outlives_the_cell_timeout_is_stopped_and_named()
    {
        using var scenario = new TrainingScenario(environment, "sleeps");

        var failure = await Assert.ThrowsAsync<NotebookFailedException>(
            () => scenario.TrainAsync(TrainingScenario.Model(("seconds", "60")), new TrainingOptions { CellTimeout = TimeSpan.FromSeconds(2) }));

        Assert.StartsWith("train.ipynb: Cell In [4] \"time.sleep(seconds)\" did not finish within the cell timeout of 2 s (--cell-timeout)", failure.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(scenario.ExecutedNotebook));
    }

    [Fact]
    public async Task A_notebook_that_outlives_the_notebook_timeout_is_stopped_where_it_was()
    {
        using var scenario = new TrainingScenario(environment, "sleeps");

        var failure = await Assert.ThrowsAsync<NotebookFailedException>(
            () => scenario.TrainAsync(TrainingScenario.Model(("seconds", "60")), new TrainingOptions { NotebookTimeout = TimeSpan.FromSeconds(3) }));

        Assert.StartsWith(
            "train.ipynb: The notebook did not finish within its timeout of 3 s (--notebook-timeout); it was stopped in cell In [4] \"time.sleep(seconds)\".",
            failure.Message,
            StringComparison.Ordinal);
        Assert.Equal("notebook-timeout", failure.Kind);
    }

    [Fact]
    public async Task A_notebook_that_does_not_write_its_model_file_fails_naming_the_file()
    {
        using var scenario = new TrainingScenario(environment, "saves-nothing");

        var failure = await Assert.ThrowsAsync<NotebookFailedException>(() => scenario.TrainAsync(TrainingScenario.Model()));

        Assert.StartsWith("The notebook finished but did not write the model file models/model.1.bin (model.path in build.properties", failure.Message, StringComparison.Ordinal);
        Assert.Contains("recorded no metrics", scenario.Log.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_kernel_that_dies_is_reported_as_such()
    {
        using var scenario = new TrainingScenario(environment, "kills-its-kernel");

        var failure = await Assert.ThrowsAsync<NotebookFailedException>(() => scenario.TrainAsync(TrainingScenario.Model()));

        Assert.StartsWith("train.ipynb: The kernel died while running cell In [2] \"import os\"", failure.Message, StringComparison.Ordinal);
    }

    private static string Text(JsonNode? text) =>
        text is JsonArray lines ? string.Concat(lines.Select(l => l!.GetValue<string>())) : text!.GetValue<string>();
}
