using NuGet.Packaging;
using Orchestration.Packaging;
using Orchestration.Pipeline;

namespace Orchestration.Publishing;

/// <summary>Reads a downloaded model package: its provenance, and its model checked against it.</summary>
internal static class PackageContents
{
    public static Provenance? ReadProvenance(string packageFile)
    {
        using var reader = new PackageArchiveReader(packageFile);
        return ReadProvenance(reader, packageFile);
    }

    /// <summary>Extracts the model and provenance.json into a folder, verifying the model's SHA-256 on the way.</summary>
    public static ResolvedModel Extract(string packageFile, string destinationDirectory, string origin)
    {
        using var reader = new PackageArchiveReader(packageFile);
        var provenance = ReadProvenance(reader, packageFile)
            ?? throw new ModelFeedException($"The package from {origin} has no {PackageLayout.ProvenanceEntry}: it was not published by Orchestration, so its model cannot be verified.");

        var provenanceFile = Path.Combine(destinationDirectory, PackageLayout.ProvenanceEntry);
        File.WriteAllBytes(provenanceFile, ProvenanceJson.Serialize(provenance));

        var modelFile = Path.Combine(destinationDirectory, Path.GetFileName(provenance.Model.Path));
        string sha256;
        using (var model = reader.GetStream(provenance.Model.Path))
        using (var target = new FileStream(modelFile, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 20))
        {
            sha256 = Sha256.CopyHashing(model, target);
        }

        if (!string.Equals(sha256, provenance.Model.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            File.Delete(modelFile);
            throw new ModelFeedException(
                $"The model in {provenance.Identity} from {origin} does not match its provenance: its SHA-256 is {sha256}, provenance.json says {provenance.Model.Sha256}. " +
                "The package is damaged or was altered: do not deploy it; publish a new version.");
        }

        return new ResolvedModel(modelFile, provenanceFile, sha256);
    }

    private static Provenance? ReadProvenance(PackageArchiveReader reader, string packageFile)
    {
        if (!reader.GetFiles().Contains(PackageLayout.ProvenanceEntry, StringComparer.Ordinal))
        {
            return null;
        }

        using var stream = reader.GetStream(PackageLayout.ProvenanceEntry);
        return ProvenanceJson.Read(stream, $"{PackageLayout.ProvenanceEntry} in {packageFile}");
    }
}
