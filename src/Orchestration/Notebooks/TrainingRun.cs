using System.Globalization;
using System.Security.Cryptography;
using Orchestration.Configuration;
using Orchestration.Pipeline;

namespace Orchestration.Notebooks;

/// <summary>
/// Where one training run keeps its files. Everything the runner and the kernel write goes into a folder
/// of this run's own, <c>.work/train/&lt;identity&gt;/&lt;run&gt;/</c>; the executed notebook, its HTML
/// and the model are moved to their places under <c>artifacts/</c> only once the runner has finished.
/// A run that was stopped, or a straggler of one, can never overwrite another run's outputs.
/// </summary>
internal sealed record TrainingRun(string WorkFolder, string ExecutedNotebook, string HtmlReport, string KeptModel)
{
    public string InjectedNotebook => Path.Combine(WorkFolder, "injected.ipynb");

    public string ResultFile => Path.Combine(WorkFolder, "result.json");

    public string MetricsFile => Path.Combine(WorkFolder, "metrics.json");

    public string RunnerScript => Path.Combine(WorkFolder, "runner.py");

    /// <summary>Where the runner writes the executed notebook, before it is moved to <see cref="ExecutedNotebook"/>.</summary>
    public string StagedNotebook => Path.Combine(WorkFolder, "executed.ipynb");

    /// <summary>Where the runner writes the HTML, before it is moved to <see cref="HtmlReport"/>.</summary>
    public string StagedHtml => Path.Combine(WorkFolder, "executed.html");

    public static TrainingRun For(WorkspacePaths paths, ModelIdentity identity, string notebook, string modelPath)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(identity);
        var name = $"{Path.GetFileNameWithoutExtension(notebook)}.{identity}";
        var outputs = Path.Combine(paths.Artifacts, "notebooks");
        var run = string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyyMMddTHHmmss}-{Environment.ProcessId}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}");
        return new TrainingRun(
            Path.Combine(paths.Work, "train", identity.ToString(), run),
            Path.Combine(outputs, name + ".ipynb"),
            Path.Combine(outputs, name + ".html"),
            Path.Combine(paths.Artifacts, "models", Path.GetFileName(modelPath)));
    }

    /// <summary>Makes this run's folder and removes the folders earlier runs of this model left.</summary>
    public void Start()
    {
        var runs = Path.GetDirectoryName(WorkFolder)!;
        if (Directory.Exists(runs))
        {
            foreach (var earlier in Directory.EnumerateFileSystemEntries(runs))
            {
                Delete(earlier);
            }
        }

        Directory.CreateDirectory(WorkFolder);
    }

    /// <summary>Moves the executed notebook and its HTML (whatever the notebook's outcome) to their places under artifacts/notebooks/.</summary>
    public void KeepNotebook()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(ExecutedNotebook)!);
        MoveIfWritten(StagedNotebook, ExecutedNotebook);
        MoveIfWritten(StagedHtml, HtmlReport);
    }

    /// <summary>Copies the model the notebook wrote to artifacts/models/, through a temporary name: the copy appears whole or not at all.</summary>
    public string KeepModel(string modelFile)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(KeptModel)!);
        var temporary = KeptModel + "." + Path.GetFileName(WorkFolder) + ".tmp";
        File.Copy(modelFile, temporary, overwrite: true);
        File.Move(temporary, KeptModel, overwrite: true);
        return KeptModel;
    }

    private static void MoveIfWritten(string staged, string destination)
    {
        if (File.Exists(staged))
        {
            File.Move(staged, destination, overwrite: true);
        }
        else
        {
            File.Delete(destination);
        }
    }

    private static void Delete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else
            {
                File.Delete(path);
            }
        }
        catch (IOException)
        {
            // Still in use: the next run tries again.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
