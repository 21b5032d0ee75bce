using System.Text.Json;
using Orchestration.Configuration;
using Orchestration.Packaging;

namespace Orchestration.Tests.Publishing;

/// <summary>Provenance documents for tests, without files.</summary>
public static class SampleProvenance
{
    public const string Commit = "0123456789abcdef0123456789abcdef01234567";

    public static Provenance Of(string identity = "salary-regression.2.7", string commit = Commit, string modelSha256 = "aa11", string parameters = """{"data_ver": 2}""") => new()
    {
        Identity = ModelIdentity.Parse(identity),
        Name = ModelIdentity.Parse(identity).Name,
        DataVersion = ModelIdentity.Parse(identity).DataVersion,
        ModelVersion = ModelIdentity.Parse(identity).ModelVersion,
        Source = new SourceProvenance { Repository = "https://git.example.com/models.git", Ref = "main", Commit = commit, Dirty = false, ProjectPath = "." },
        Notebook = new FileDigest("train.ipynb", "cc33", 10),
        Data = [new FileDigest("data/a.csv", "d1", 5), new FileDigest("data/b.csv", "d2", 6)],
        Model = new FileDigest($"model/{identity}.joblib", modelSha256, 11),
        Parameters = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(parameters)!,
        Metrics = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>("""{"r2": 0.9}""")!,
        Environment = new EnvironmentProvenance { Spec = "requirements.txt", SpecHash = "5f", PythonVersion = "3.11.2", Packages = [] },
        Training = new TrainingTimes(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddSeconds(4)),
        Tool = new ToolProvenance("Orchestration", "1.0.0"),
    };
}
