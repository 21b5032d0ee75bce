using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Cake.Core;
using Orchestration.Packaging;

namespace Orchestration.Tests.Packaging;

public sealed class CollectingProvenance : IDisposable
{
    private readonly TrainedProject project = new();

    [Fact]
    public void The_notebook_every_data_file_and_the_model_are_hashed()
    {
        var provenance = ProvenanceCollector.Collect(project.Inputs());

        Assert.Equal(new FileDigest("train.ipynb", HashOf("""{"cells": [], "metadata": {}}"""), 29), provenance.Notebook);
        Assert.Equal(
            [
                new FileDigest("data/SalaryData1.csv", HashOf("years,salary\n1,40000\n"), 21),
                new FileDigest("data/SalaryData2.csv", HashOf("years,salary\n1,40000\n2,45000\n"), 29),
            ],
            provenance.Data);
        Assert.Equal(new FileDigest("model/salary-regression.2.7.joblib", HashOf("model-bytes"), 11), provenance.Model);
    }

    [Fact]
    public void The_identity_and_both_versions_are_recorded()
    {
        var provenance = ProvenanceCollector.Collect(project.Inputs());

        Assert.Equal(("salary-regression.2.7", "salary-regression", 2, 7), (provenance.Identity.ToString(), provenance.Name, provenance.DataVersion, provenance.ModelVersion));
    }

    [Fact]
    public void The_revision_is_recorded_without_the_credentials_in_the_repository_url()
    {
        var provenance = ProvenanceCollector.Collect(project.Inputs());

        Assert.Equal(
            new SourceProvenance { Repository = "https://git.example.com/team/models.git", Ref = "main", Commit = TrainedProject.Commit, Dirty = false, ProjectPath = "samples/salary-regression" },
            provenance.Source);
    }

    [Fact]
    public void Parameters_metrics_environment_times_and_tool_version_are_recorded()
    {
        var provenance = ProvenanceCollector.Collect(project.Inputs());

        Assert.Equal(7, provenance.Parameters["model_ver"].GetInt32());
        Assert.Equal(0.95734, provenance.Metrics["r2"].GetDouble());
        Assert.Equal(("requirements.txt", "5f2a0c", "3.11.2"), (provenance.Environment.Spec, provenance.Environment.SpecHash, provenance.Environment.PythonVersion));
        Assert.Equal(["joblib==1.2.0", "scikit-learn==1.2.1"], provenance.Environment.Packages);
        Assert.Equal(new TrainingTimes(new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero), new(2025, 1, 2, 3, 4, 9, TimeSpan.Zero)), provenance.Training);
        Assert.Equal(new ToolProvenance("Orchestration", "9.9.9-test"), provenance.Tool);
    }

    [Fact]
    public void A_ci_build_is_recorded_and_a_local_build_leaves_it_out()
    {
        var jenkins = new CiBuild("Jenkins", "42", "https://jenkins.example.com/job/models/42/");

        var onCi = ProvenanceCollector.Collect(project.Inputs(jenkins));
        var local = ProvenanceCollector.Collect(project.Inputs());

        Assert.Equal(jenkins, onCi.Build);
        using var written = JsonDocument.Parse(ProvenanceJson.Serialize(local));
        Assert.False(written.RootElement.TryGetProperty("build", out _));
    }

    [Fact]
    public void The_document_reads_back_as_written()
    {
        var provenance = ProvenanceCollector.Collect(project.Inputs(new CiBuild("Jenkins", "42", null)));

        var read = ProvenanceJson.Read(new MemoryStream(ProvenanceJson.Serialize(provenance)), "test");

        Assert.Equal(ProvenanceJson.Serialize(provenance), ProvenanceJson.Serialize(read));
        Assert.Equal(provenance.Data, read.Data);
    }

    [Fact]
    public void A_model_folder_is_refused_with_what_to_do()
    {
        var folder = Directory.CreateDirectory(Path.Combine(project.ProjectDirectory, "models/saved-model")).FullName;
        var inputs = project.Inputs() with { Training = project.Inputs().Training with { ModelFile = folder } };

        var error = Assert.Throws<CakeException>(() => ProvenanceCollector.Collect(inputs));

        Assert.Equal(2, error.ExitCode);
        Assert.Contains("model.path names a folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_model_file_says_to_run_train_again()
    {
        File.Delete(project.ModelFile);

        var error = Assert.Throws<FileNotFoundException>(() => ProvenanceCollector.Collect(project.Inputs()));

        Assert.Contains("Run --target=Train again", error.Message, StringComparison.Ordinal);
    }

    private static string HashOf(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    public void Dispose() => project.Dispose();
}
