using System.Text.Json;
using Orchestration.Checkout;
using Orchestration.Configuration;
using Orchestration.IntegrationTests.Support;
using Orchestration.Notebooks;
using Orchestration.Packaging;
using Orchestration.PythonEnvironment;

namespace Orchestration.IntegrationTests.Publishing;

/// <summary>Model packages made as the Package stage makes them, from small projects in a temporary folder.</summary>
public sealed class PackagedModels : IDisposable
{
    public const string Commit = "0123456789abcdef0123456789abcdef01234567";
    public const string OriginalData = "years,salary\n1,40000\n2,45000\n";

    private readonly TemporaryDirectory folder = new("orchestration-models");

    public string Root => folder.Path;

    /// <summary>Packages a model; the same identity, data and commit give the same model (as a seeded notebook would).</summary>
    /// <param name="weights">Bytes of random weights appended to the model (which the package stores as they are): a large model.</param>
    public PackagedModel Create(string identity, string data = OriginalData, string commit = Commit, int weights = 0)
    {
        var id = ModelIdentity.Parse(identity);
        var work = folder.Combine(identity + "-" + Guid.NewGuid().ToString("N")[..8]);
        var project = Path.Combine(work, "src", "samples", id.Name);
        var model = Write(Path.Combine(project, "models", $"{identity}.joblib"), $"model {identity} trained on {data}");
        if (weights > 0)
        {
            using var file = new FileStream(model, FileMode.Append);
            file.Write(System.Security.Cryptography.RandomNumberGenerator.GetBytes(weights));
        }

        Write(Path.Combine(project, "train.ipynb"), """{"cells": []}""");
        Write(Path.Combine(project, "data", "SalaryData.csv"), data);
        var notebook = Write(Path.Combine(work, "artifacts", "notebooks", "train.ipynb"), """{"cells": [], "executed": true}""");
        var html = Write(Path.Combine(work, "artifacts", "notebooks", "train.html"), "<html></html>");

        var record = ModelPackager.Create(
            new PackageInputs
            {
                Checkout = new CheckoutRecord
                {
                    Repository = "https://git.example.com/team/models.git",
                    Ref = "main",
                    Commit = commit,
                    IsDirty = false,
                    SourceDirectory = Path.Combine(work, "src"),
                    ProjectPath = "samples/" + id.Name,
                },
                Model = new ModelConfiguration
                {
                    Identity = id,
                    Notebook = "train.ipynb",
                    ModelPath = $"models/{identity}.joblib",
                    Environment = "requirements.txt",
                    Parameters = [],
                },
                Environment = new PythonEnvironmentRecord
                {
                    Directory = "/envs/x",
                    Python = "/envs/x/bin/python",
                    SpecHash = "5f2a0c",
                    Spec = "requirements.txt",
                    KernelName = "k",
                    JupyterPath = "/envs/x/share/jupyter",
                    PythonVersion = "3.11.2",
                    Packages = ["scikit-learn==1.2.1"],
                },
                Training = new TrainingRecord
                {
                    ExecutedNotebook = notebook,
                    HtmlReport = html,
                    ModelFile = model,
                    Parameters = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>($$"""{"data_ver": {{id.DataVersion}}, "model_ver": {{id.ModelVersion}}}""")!,
                    Metrics = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>("""{"r2": 0.95}""")!,
                    StartedAt = DateTimeOffset.UtcNow.AddSeconds(-5),
                    FinishedAt = DateTimeOffset.UtcNow,
                },
            },
            Path.Combine(work, "artifacts"));

        return new PackagedModel(id, record.PackageFile, ProvenanceJson.ReadFile(record.ProvenanceFile), File.ReadAllText(model));
    }

    public void Dispose() => folder.Dispose();

    private static string Write(string file, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, content);
        return file;
    }
}

/// <summary>A package ready to publish, and the model text inside it.</summary>
public sealed record PackagedModel(ModelIdentity Identity, string PackageFile, Provenance Provenance, string ModelContent);
