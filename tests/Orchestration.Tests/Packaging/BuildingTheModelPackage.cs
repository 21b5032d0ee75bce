using System.IO.Compression;
using System.Xml.Linq;
using NuGet.Packaging;
using NuGet.Versioning;
using Orchestration.Packaging;
using Orchestration.Pipeline;

namespace Orchestration.Tests.Packaging;

public sealed class BuildingTheModelPackage : IDisposable
{
    private readonly TrainedProject project = new();

    [Fact]
    public void The_package_is_named_after_the_identity_with_the_model_name_as_id_and_data_dot_model_as_version()
    {
        var record = ModelPackager.Create(project.Inputs(), project.Artifacts);

        using var reader = new PackageArchiveReader(record.PackageFile);
        Assert.Equal(Path.Combine(project.Artifacts, "packages", "salary-regression.2.7.nupkg"), record.PackageFile);
        Assert.Equal("salary-regression.2.7", record.Identity.ToString());
        Assert.Equal("salary-regression", reader.GetIdentity().Id);
        Assert.Equal(new NuGetVersion(2, 7, 0), reader.GetIdentity().Version);
    }

    [Fact]
    public void It_holds_the_model_named_after_the_identity_the_executed_notebook_its_html_and_the_provenance()
    {
        var record = ModelPackager.Create(project.Inputs(), project.Artifacts);

        using var reader = new PackageArchiveReader(record.PackageFile);
        var contents = reader.GetFiles().Where(file => !file.EndsWith(".nuspec", StringComparison.Ordinal) && !file.StartsWith('_') && !file.StartsWith('[') && !file.StartsWith("package/", StringComparison.Ordinal));
        Assert.Equal(["model/salary-regression.2.7.joblib", "notebook/train.html", "notebook/train.ipynb", "provenance.json"], contents.Order(StringComparer.Ordinal));
        Assert.Equal("model-bytes", ReadEntry(reader, "model/salary-regression.2.7.joblib"));
        Assert.Equal(File.ReadAllText(record.ProvenanceFile), ReadEntry(reader, "provenance.json"));
    }

    [Fact]
    public void The_nuspec_carries_the_repository_and_commit_a_description_from_the_metrics_and_tags()
    {
        var record = ModelPackager.Create(project.Inputs(), project.Artifacts);

        using var reader = new PackageArchiveReader(record.PackageFile);
        var nuspec = reader.NuspecReader;
        var repository = nuspec.GetRepositoryMetadata();
        Assert.Equal(("git", "https://git.example.com/team/models.git", "main", TrainedProject.Commit), (repository.Type, repository.Url, repository.Branch, repository.Commit));
        Assert.Equal(
            "salary-regression model version 7, trained on data version 2 from commit 0123456789ab. Metrics: r2=0.95734, rmse=5123.4, train_rows=48.",
            nuspec.GetDescription());
        Assert.Equal("model orchestration salary-regression data-2", nuspec.GetTags());
        Assert.DoesNotContain("s3cret-token", nuspec.Xml.ToString(SaveOptions.DisableFormatting), StringComparison.Ordinal);
    }

    [Fact]
    public void The_record_gives_the_model_hash_from_the_provenance()
    {
        var record = ModelPackager.Create(project.Inputs(), project.Artifacts);

        Assert.Equal(ProvenanceJson.ReadFile(record.ProvenanceFile).Model.Sha256, record.ModelSha256);
        Assert.Equal(Sha256.OfFile(project.ModelFile), record.ModelSha256);
    }

    [Fact]
    public void Packaging_the_same_inputs_twice_gives_the_same_bytes()
    {
        var first = File.ReadAllBytes(ModelPackager.Create(project.Inputs(), project.Artifacts).PackageFile);

        var second = File.ReadAllBytes(ModelPackager.Create(project.Inputs(), project.Artifacts).PackageFile);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Its_entries_are_dated_when_training_finished_not_when_packaged()
    {
        var record = ModelPackager.Create(project.Inputs(), project.Artifacts);

        using var archive = ZipFile.OpenRead(record.PackageFile);
        Assert.All(archive.Entries, entry => Assert.InRange(entry.LastWriteTime, project.Inputs().Training.FinishedAt.AddSeconds(-2), project.Inputs().Training.FinishedAt));
    }

    [Fact]
    public void A_package_left_by_an_earlier_run_is_removed()
    {
        var inputs = project.Inputs();
        var earlier = ModelPackager.Create(inputs, project.Artifacts);

        var record = ModelPackager.Create(inputs with { Model = inputs.Model with { Identity = new("salary-regression", 2, 8) } }, project.Artifacts);

        Assert.False(File.Exists(earlier.PackageFile));
        Assert.Equal(["salary-regression.2.8.nupkg", "salary-regression.2.8.nupkg.sha512"], Directory.GetFiles(Path.GetDirectoryName(record.PackageFile)!).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private static string ReadEntry(PackageArchiveReader reader, string entry)
    {
        using var stream = reader.GetStream(entry);
        return new StreamReader(stream).ReadToEnd();
    }

    public void Dispose() => project.Dispose();
}
