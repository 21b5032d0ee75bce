using System.Text.Json;
using Orchestration.Fingerprint;
using Orchestration.Packaging;

namespace Orchestration.Tests.Fingerprint;

public sealed class ComputingTheInputsFingerprint
{
    [Fact]
    public void The_same_inputs_give_the_same_fingerprint()
    {
        Assert.Equal(SampleInputs.Of().Sha256, SampleInputs.Of().Sha256);
        Assert.Matches("^[0-9a-f]{64}$", SampleInputs.Of().Sha256);
    }

    [Fact]
    public void The_order_files_were_listed_in_does_not_matter()
    {
        var reversed = SampleInputs.Of(files: [.. SampleInputs.Of().Project.Files.Reverse()]);

        Assert.Equal(SampleInputs.Of().Sha256, reversed.Sha256);
    }

    [Fact]
    public void Changed_file_content_changes_it()
    {
        var files = SampleInputs.Of().Project.Files.Select(file => file.Path == "data/a.csv" ? file with { Sha256 = "ffff" } : file).ToList();

        Assert.NotEqual(SampleInputs.Of().Sha256, SampleInputs.Of(files: files).Sha256);
    }

    [Fact]
    public void A_renamed_file_changes_it()
    {
        var files = SampleInputs.Of().Project.Files.Select(file => file.Path == "data/a.csv" ? file with { Path = "data/b.csv" } : file).ToList();

        Assert.NotEqual(SampleInputs.Of().Sha256, SampleInputs.Of(files: files).Sha256);
    }

    [Fact]
    public void A_parameter_a_version_a_package_the_interpreter_and_the_runner_each_change_it()
    {
        var original = SampleInputs.Of().Sha256;
        string[] changed =
        [
            SampleInputs.Of(settings: SampleInputs.Settings(("parameter.alpha", "0.7"))).Sha256,
            SampleInputs.Of(settings: SampleInputs.Settings(("model.version", "2"))).Sha256,
            SampleInputs.Of(packages: ["ipykernel==6.17.1", "scikit-learn==1.3.0"]).Sha256,
            SampleInputs.Of(pythonVersion: "3.12.1").Sha256,
            SampleInputs.Of(runnerScript: "6b6b6b6b").Sha256,
        ];

        Assert.DoesNotContain(original, changed);
        Assert.Equal(changed.Length, changed.Distinct().Count());
    }

    [Fact]
    public void It_survives_provenance_json_unchanged()
    {
        var inputs = SampleInputs.Of();

        var read = JsonSerializer.Deserialize<InputsFingerprint>(JsonSerializer.Serialize(inputs, ProvenanceJson.Options), ProvenanceJson.Options)!;

        Assert.Equal(inputs.Sha256, read.Sha256);
        Assert.Contains($"\"sha256\": \"{inputs.Sha256}\"", JsonSerializer.Serialize(inputs, ProvenanceJson.Options), StringComparison.Ordinal);
    }

    [Fact]
    public void Its_description_names_each_part()
    {
        var inputs = SampleInputs.Of();

        Assert.Equal(
            $"inputs {inputs.Sha256[..12]} = project tree {inputs.Project.Sha256[..12]} (3 files), configuration {inputs.Configuration.Sha256[..12]}, " +
            $"environment {inputs.Environment.Sha256[..12]} (Python 3.11.2, 2 packages), runner {inputs.Runner.Sha256[..12]}",
            inputs.Describe());
    }
}
