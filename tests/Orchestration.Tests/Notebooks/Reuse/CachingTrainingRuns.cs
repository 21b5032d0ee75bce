using System.Text.Json;
using Orchestration.Configuration;
using Orchestration.Notebooks;
using Orchestration.Notebooks.Reuse;
using Orchestration.Tests.Terraform;

namespace Orchestration.Tests.Notebooks.Reuse;

public sealed class CachingTrainingRuns : IDisposable
{
    private const string Inputs = "3f9a000000000000000000000000000000000000000000000000000000000000";

    private readonly TempFolder folder = new();
    private readonly TrainingCache cache;
    private readonly TrainingDestination destination;

    public CachingTrainingRuns()
    {
        cache = new TrainingCache(Path.Combine(folder.Path, "cache"));
        destination = new TrainingDestination(
            new ModelIdentity("salary-regression", 1, 1),
            Path.Combine(folder.Path, "project", "models", "salary-regression.1.1.joblib"),
            Path.Combine(folder.Path, "artifacts", "notebooks", "train.salary-regression.1.1.ipynb"),
            Path.Combine(folder.Path, "artifacts", "notebooks", "train.salary-regression.1.1.html"));
    }

    [Fact]
    public void A_stored_run_is_restored_in_place_with_its_metrics_and_times()
    {
        var trained = Trained("weights");
        cache.Store(ModelIdentity.Parse("salary-regression.1.1"), Inputs, trained);
        DeleteOutputs();

        var restored = cache.Restore(cache.Find(Inputs)!, destination)!;

        Assert.Equal("weights", File.ReadAllText(destination.ModelFile));
        Assert.Equal("{\"cells\": []}", File.ReadAllText(destination.ExecutedNotebook));
        Assert.Equal("<html/>", File.ReadAllText(destination.HtmlReport));
        Assert.Equal((trained.StartedAt, trained.FinishedAt, Inputs), (restored.StartedAt, restored.FinishedAt, restored.InputsSha256));
        Assert.Equal(0.93, restored.Metrics["r2"].GetDouble());
        Assert.Equal(Orchestration.Pipeline.Sha256.OfFile(destination.ModelFile), restored.ModelSha256);
    }

    [Fact]
    public void An_altered_cached_file_restores_nothing_and_the_entry_is_removed()
    {
        cache.Store(ModelIdentity.Parse("salary-regression.1.1"), Inputs, Trained("weights"));
        DeleteOutputs();
        var cachedHtml = Directory.GetFiles(cache.PathOf(Inputs), "html-*").Single();
        File.WriteAllText(cachedHtml, "<html>tampered</html>");

        Assert.Null(cache.Restore(cache.Find(Inputs)!, destination));

        Assert.False(File.Exists(destination.ModelFile), "the model is not put in place when another file of the run is wrong");
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(destination.ModelFile)!));
        Assert.Null(cache.Find(Inputs));
    }

    [Fact]
    public void Storing_again_replaces_the_entry_and_leaves_no_temporary_folder()
    {
        cache.Store(ModelIdentity.Parse("salary-regression.1.1"), Inputs, Trained("first"));
        cache.Store(ModelIdentity.Parse("salary-regression.1.1"), Inputs, Trained("second"));

        Assert.Equal([Inputs], Directory.GetFileSystemEntries(cache.Directory).Select(Path.GetFileName));
        Assert.Equal(Orchestration.Pipeline.Sha256.OfFile(destination.ModelFile), cache.Find(Inputs)!.Model.Sha256);
    }

    [Fact]
    public void Nothing_is_found_for_inputs_never_stored()
    {
        cache.Store(ModelIdentity.Parse("salary-regression.1.1"), Inputs, Trained("weights"));

        Assert.Null(cache.Find(Inputs.Replace("3f9a", "4e8b", StringComparison.Ordinal)));
    }

    public void Dispose() => folder.Dispose();

    private TrainingRecord Trained(string model)
    {
        foreach (var (file, content) in new[] { (destination.ModelFile, model), (destination.ExecutedNotebook, "{\"cells\": []}"), (destination.HtmlReport, "<html/>") })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, content);
        }

        return new TrainingRecord
        {
            ExecutedNotebook = destination.ExecutedNotebook,
            HtmlReport = destination.HtmlReport,
            ModelFile = destination.ModelFile,
            Parameters = new Dictionary<string, JsonElement> { ["alpha"] = JsonSerializer.SerializeToElement(0.5) },
            Metrics = new Dictionary<string, JsonElement> { ["r2"] = JsonSerializer.SerializeToElement(0.93) },
            StartedAt = DateTimeOffset.UnixEpoch,
            FinishedAt = DateTimeOffset.UnixEpoch.AddSeconds(3),
        };
    }

    private void DeleteOutputs()
    {
        File.Delete(destination.ModelFile);
        File.Delete(destination.ExecutedNotebook);
        File.Delete(destination.HtmlReport);
    }
}
