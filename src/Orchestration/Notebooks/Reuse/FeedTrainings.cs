using NuGet.Packaging;
using Orchestration.Configuration;
using Orchestration.Packaging;
using Orchestration.Publishing;

namespace Orchestration.Notebooks.Reuse;

/// <summary>
/// The model feed as a store of earlier training runs: a published package whose provenance carries the
/// same inputs fingerprint holds the model, executed notebook and HTML those inputs produce, with their SHA-256.
/// </summary>
internal sealed class FeedTrainings(IModelFeed feed)
{
    public string Location => feed.Location;

    /// <summary>The provenance of the published <paramref name="identity"/> when it was trained from these inputs, else null.</summary>
    public async Task<Provenance?> FindAsync(ModelIdentity identity, string inputsSha256, CancellationToken cancellationToken)
    {
        var published = await feed.FindAsync(identity, cancellationToken).ConfigureAwait(false);
        return published?.Provenance is { Inputs: { } inputs, Reports: { Count: > 0 } } provenance && inputs.Sha256 == inputsSha256
            ? provenance
            : null;
    }

    /// <summary>Downloads the package and restores its model, notebook and HTML, checked against the provenance; null when they do not match it.</summary>
    public async Task<TrainingRecord?> RestoreAsync(Provenance provenance, TrainingDestination destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        ArgumentNullException.ThrowIfNull(destination);
        var download = Path.Combine(Path.GetDirectoryName(destination.ExecutedNotebook)!, $".{destination.Identity}.{Guid.NewGuid():N}.download");
        Directory.CreateDirectory(Path.GetDirectoryName(download)!);
        try
        {
            if (!await feed.DownloadAsync(destination.Identity, download, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            return Restore(download, provenance, destination);
        }
        finally
        {
            File.Delete(download);
        }
    }

    private static TrainingRecord? Restore(string packageFile, Provenance provenance, TrainingDestination destination)
    {
        var notebook = provenance.Reports!.FirstOrDefault(report => !report.Path.EndsWith(".html", StringComparison.OrdinalIgnoreCase));
        var html = provenance.Reports!.FirstOrDefault(report => report.Path.EndsWith(".html", StringComparison.OrdinalIgnoreCase));
        if (notebook is null || html is null)
        {
            return null;
        }

        using var reader = new PackageArchiveReader(packageFile);
        var entries = reader.GetFiles().ToHashSet(StringComparer.Ordinal);
        using var files = new VerifiedFiles();
        var complete =
            Stage(reader, entries, files, provenance.Model, destination.ModelFile) &&
            Stage(reader, entries, files, notebook, destination.ExecutedNotebook) &&
            Stage(reader, entries, files, html, destination.HtmlReport);
        if (!complete)
        {
            return null;
        }

        files.Commit();
        return new TrainingRecord
        {
            ExecutedNotebook = destination.ExecutedNotebook,
            HtmlReport = destination.HtmlReport,
            ModelFile = destination.ModelFile,
            Parameters = provenance.Parameters,
            Metrics = provenance.Metrics,
            StartedAt = provenance.Training.StartedAt,
            FinishedAt = provenance.Training.FinishedAt,
            InputsSha256 = provenance.Inputs!.Sha256,
            ModelSha256 = provenance.Model.Sha256,
        };
    }

    private static bool Stage(PackageArchiveReader reader, HashSet<string> entries, VerifiedFiles files, FileDigest file, string destination)
    {
        if (!entries.Contains(file.Path))
        {
            return false;
        }

        using var stream = reader.GetStream(file.Path);
        return files.Stage(stream, destination, file.Sha256);
    }
}
