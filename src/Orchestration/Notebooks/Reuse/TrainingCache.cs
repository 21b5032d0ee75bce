using System.Text.Json;
using Orchestration.Pipeline;
using Orchestration.Configuration;

namespace Orchestration.Notebooks.Reuse;

/// <summary>
/// Successful training runs kept by their inputs fingerprint under <c>.work/train-cache/&lt;sha256&gt;/</c>: the model,
/// the executed notebook, its HTML and <c>training.json</c>. An entry appears whole or not at all (it is made
/// under a temporary name, then renamed); a failed run is never stored; a damaged entry is ignored and removed.
/// </summary>
internal sealed class TrainingCache(string directory)
{
    public const string EntryFile = "training.json";

    public string Directory { get; } = directory;

    public string PathOf(string inputsSha256) => Path.Combine(Directory, inputsSha256);

    /// <summary>The entry for these inputs, or null when there is none (or it cannot be read).</summary>
    public CachedTraining? Find(string inputsSha256)
    {
        var file = Path.Combine(PathOf(inputsSha256), EntryFile);
        try
        {
            return File.Exists(file) ? JsonSerializer.Deserialize<CachedTraining>(File.ReadAllText(file), StageRecordStore.JsonOptions) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Copies the entry's files to their destinations, checked; null (and the entry removed) when one is missing or altered.</summary>
    public TrainingRecord? Restore(CachedTraining entry, TrainingDestination destination)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(destination);
        var folder = PathOf(entry.InputsSha256);
        using var files = new VerifiedFiles();
        var complete =
            Stage(files, folder, entry.Model, destination.ModelFile) &&
            Stage(files, folder, entry.ExecutedNotebook, destination.ExecutedNotebook) &&
            Stage(files, folder, entry.HtmlReport, destination.HtmlReport);
        if (!complete)
        {
            Remove(entry.InputsSha256);
            return null;
        }

        files.Commit();
        return new TrainingRecord
        {
            ExecutedNotebook = destination.ExecutedNotebook,
            HtmlReport = destination.HtmlReport,
            ModelFile = destination.ModelFile,
            Parameters = entry.Parameters,
            Metrics = entry.Metrics,
            StartedAt = entry.StartedAt,
            FinishedAt = entry.FinishedAt,
            InputsSha256 = entry.InputsSha256,
            ModelSha256 = entry.Model.Sha256,
        };
    }

    /// <summary>Keeps a successful run's outputs under its inputs, replacing an older entry for the same inputs.</summary>
    public CachedTraining Store(ModelIdentity identity, string inputsSha256, TrainingRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        System.IO.Directory.CreateDirectory(Directory);
        var temporary = Path.Combine(Directory, $".{inputsSha256}.{Guid.NewGuid():N}.tmp");
        System.IO.Directory.CreateDirectory(temporary);
        try
        {
            var entry = new CachedTraining
            {
                Identity = identity,
                InputsSha256 = inputsSha256,
                Model = Keep(record.ModelFile, temporary, "model"),
                ExecutedNotebook = Keep(record.ExecutedNotebook, temporary, "notebook"),
                HtmlReport = Keep(record.HtmlReport, temporary, "html"),
                Parameters = record.Parameters,
                Metrics = record.Metrics,
                StartedAt = record.StartedAt,
                FinishedAt = record.FinishedAt,
            };
            File.WriteAllText(Path.Combine(temporary, EntryFile), JsonSerializer.Serialize(entry, StageRecordStore.JsonOptions));
            Remove(inputsSha256);
            System.IO.Directory.Move(temporary, PathOf(inputsSha256));
            return entry;
        }
        finally
        {
            if (System.IO.Directory.Exists(temporary))
            {
                System.IO.Directory.Delete(temporary, recursive: true);
            }
        }
    }

    public void Remove(string inputsSha256)
    {
        var folder = PathOf(inputsSha256);
        if (System.IO.Directory.Exists(folder))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    private static bool Stage(VerifiedFiles files, string folder, TrainingOutputFile file, string destination)
    {
        var source = Path.Combine(folder, file.Name);
        if (!File.Exists(source))
        {
            return false;
        }

        using var stream = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 20);
        return files.Stage(stream, destination, file.Sha256);
    }

    private static TrainingOutputFile Keep(string file, string folder, string role)
    {
        var name = $"{role}-{Path.GetFileName(file)}";
        using var source = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 20);
        using var target = new FileStream(Path.Combine(folder, name), FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 20);
        return new TrainingOutputFile(name, Sha256.CopyHashing(source, target));
    }
}
