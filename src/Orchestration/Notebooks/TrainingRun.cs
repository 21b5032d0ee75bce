using Orchestration.Configuration;
using Orchestration.Pipeline;

namespace Orchestration.Notebooks;

/// <summary>Where one training run keeps its files: work files under .work/train/, outputs under artifacts/notebooks/.</summary>
internal sealed record TrainingRun(string WorkFolder, string ExecutedNotebook, string HtmlReport)
{
    public string InjectedNotebook => Path.Combine(WorkFolder, "injected.ipynb");

    public string ResultFile => Path.Combine(WorkFolder, "result.json");

    public string MetricsFile => Path.Combine(WorkFolder, "metrics.json");

    public string RunnerScript => Path.Combine(WorkFolder, "runner.py");

    public static TrainingRun For(WorkspacePaths paths, ModelIdentity identity, string notebook)
    {
        var name = $"{Path.GetFileNameWithoutExtension(notebook)}.{identity}";
        var outputs = Path.Combine(paths.Artifacts, "notebooks");
        return new TrainingRun(
            Path.Combine(paths.Work, "train", identity.ToString()),
            Path.Combine(outputs, name + ".ipynb"),
            Path.Combine(outputs, name + ".html"));
    }

    /// <summary>Removes what an earlier run left, so nothing stale is mistaken for this run's output.</summary>
    public void Clean()
    {
        Directory.CreateDirectory(WorkFolder);
        Directory.CreateDirectory(Path.GetDirectoryName(ExecutedNotebook)!);
        foreach (var file in new[] { InjectedNotebook, ResultFile, MetricsFile, ExecutedNotebook, HtmlReport })
        {
            File.Delete(file);
        }
    }
}
