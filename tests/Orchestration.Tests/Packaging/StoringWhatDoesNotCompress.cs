using System.IO.Compression;
using System.Security.Cryptography;
using NuGet.Packaging;
using Orchestration.Packaging;
using Orchestration.Pipeline;

namespace Orchestration.Tests.Packaging;

public sealed class StoringWhatDoesNotCompress : IDisposable
{
    private const string ModelEntry = "model/salary-regression.2.7.joblib";
    private readonly TrainedProject project = new();

    [Fact]
    public void A_model_of_random_bytes_is_stored_not_deflated()
    {
        File.WriteAllBytes(project.ModelFile, RandomNumberGenerator.GetBytes(EntryCompression.SampleSize * 3));

        var record = ModelPackager.Create(project.Inputs(), project.Artifacts);

        using var archive = ZipFile.OpenRead(record.PackageFile);
        var model = archive.GetEntry(ModelEntry)!;
        Assert.Equal(model.Length, model.CompressedLength);
    }

    [Fact]
    public void A_large_model_that_compresses_is_deflated()
    {
        File.WriteAllText(project.ModelFile, string.Concat(Enumerable.Repeat("weights 0.000 0.000 0.000\n", 40_000)));

        var record = ModelPackager.Create(project.Inputs(), project.Artifacts);

        using var archive = ZipFile.OpenRead(record.PackageFile);
        var model = archive.GetEntry(ModelEntry)!;
        Assert.True(model.CompressedLength * 10 < model.Length, $"{model.CompressedLength} of {model.Length} bytes");
    }

    [Fact]
    public void The_notebook_and_provenance_stay_deflated_beside_a_stored_model()
    {
        File.WriteAllBytes(project.ModelFile, RandomNumberGenerator.GetBytes(EntryCompression.SampleSize * 2));
        File.WriteAllText(project.ExecutedNotebook, string.Concat(Enumerable.Repeat("{\"cell_type\": \"code\"}\n", 2_000)));

        var record = ModelPackager.Create(project.Inputs(), project.Artifacts);

        using var archive = ZipFile.OpenRead(record.PackageFile);
        Assert.All(
            archive.Entries.Where(entry => entry.FullName != ModelEntry && entry.Length > 200),
            entry => Assert.True(entry.CompressedLength < entry.Length, $"{entry.FullName}: {entry.CompressedLength} of {entry.Length} bytes"));
    }

    [Fact]
    public void A_stored_model_reads_back_through_NuGet_with_the_hash_its_provenance_gives()
    {
        var bytes = RandomNumberGenerator.GetBytes(EntryCompression.SampleSize + 12_345);
        File.WriteAllBytes(project.ModelFile, bytes);

        var record = ModelPackager.Create(project.Inputs(), project.Artifacts);

        using var reader = new PackageArchiveReader(record.PackageFile);
        using var model = new MemoryStream();
        using (var entry = reader.GetStream(ModelEntry))
        {
            entry.CopyTo(model);
        }

        Assert.Equal(bytes, model.ToArray());
        Assert.Equal(Sha256.Hex(SHA256.HashData(bytes)), record.ModelSha256);
        Assert.Equal(record.ModelSha256, ProvenanceJson.ReadFile(record.ProvenanceFile).Model.Sha256);
        Assert.Equal(bytes.Length, ProvenanceJson.ReadFile(record.ProvenanceFile).Model.Size);
    }

    [Fact]
    public void Packaging_a_stored_model_twice_gives_the_same_bytes()
    {
        File.WriteAllBytes(project.ModelFile, RandomNumberGenerator.GetBytes(EntryCompression.SampleSize * 2));

        var first = File.ReadAllBytes(ModelPackager.Create(project.Inputs(), project.Artifacts).PackageFile);
        var second = File.ReadAllBytes(ModelPackager.Create(project.Inputs(), project.Artifacts).PackageFile);

        Assert.Equal(first, second);
    }

    public void Dispose() => project.Dispose();
}
