using System.Text.Json;
using Orchestration.Checkout;
using Orchestration.Configuration;
using Orchestration.Notebooks;
using Orchestration.Packaging;
using Orchestration.PythonEnvironment;

namespace Orchestration.Tests.Packaging;

/// <summary>
/// A model project as the stages before Package leave it: a checkout with a notebook and data, an
/// executed notebook, its HTML and a model file — in a temporary folder deleted at the end.
/// </summary>
public sealed class TrainedProject : IDisposable
{
    public const string Commit = "0123456789abcdef0123456789abcdef01234567";
    public const string ProjectPath = "samples/salary-regression";

    public TrainedProject()
    {
        Root = Directory.CreateTempSubdirectory("orchestration-packaging-").FullName;
        Write("notebook", "train.ipynb", """{"cells": [], "metadata": {}}""");
        Write("project", "data/SalaryData1.csv", "years,salary\n1,40000\n");
        Write("project", "data/SalaryData2.csv", "years,salary\n1,40000\n2,45000\n");
        ModelFile = Write("project", "models/salary-regression.2.7.joblib", "model-bytes");
        ExecutedNotebook = Write("artifacts", "notebooks/train.ipynb", """{"cells": [], "executed": true}""");
        HtmlReport = Write("artifacts", "notebooks/train.html", "<html>report</html>");
    }

    public string Root { get; }

    public string SourceDirectory => Path.Combine(Root, "src");

    public string ProjectDirectory => Path.Combine(SourceDirectory, ProjectPath);

    public string Artifacts => Path.Combine(Root, "artifacts");

    public string ModelFile { get; }

    public string ExecutedNotebook { get; }

    public string HtmlReport { get; }

    public ModelIdentity Identity { get; init; } = new("salary-regression", 2, 7);

    public PackageInputs Inputs(CiBuild? build = null) => new()
    {
        Checkout = new CheckoutRecord
        {
            Repository = "https://ci-bot:s3cret-token@git.example.com/team/models.git",
            Ref = "main",
            Commit = Commit,
            IsDirty = false,
            SourceDirectory = SourceDirectory,
            ProjectPath = ProjectPath,
        },
        Model = new ModelConfiguration
        {
            Identity = Identity,
            Notebook = "train.ipynb",
            ModelPath = "models/salary-regression.2.7.joblib",
            Environment = "requirements.txt",
            Parameters = [new("data_ver", "2"), new("model_ver", "7")],
        },
        Environment = new PythonEnvironmentRecord
        {
            Directory = Path.Combine(Root, ".work/envs/abc"),
            Python = Path.Combine(Root, ".work/envs/abc/bin/python"),
            SpecHash = "5f2a0c",
            Spec = "requirements.txt",
            KernelName = "orchestration-5f2a0c",
            JupyterPath = Path.Combine(Root, ".work/envs/abc/share/jupyter"),
            PythonVersion = "3.11.2",
            Packages = ["joblib==1.2.0", "scikit-learn==1.2.1"],
        },
        Training = new TrainingRecord
        {
            ExecutedNotebook = ExecutedNotebook,
            HtmlReport = HtmlReport,
            ModelFile = ModelFile,
            Parameters = Json("""{"data_ver": 2, "model_ver": 7}"""),
            Metrics = Json("""{"r2": 0.95734, "rmse": 5123.4, "train_rows": 48}"""),
            StartedAt = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero),
            FinishedAt = new DateTimeOffset(2025, 1, 2, 3, 4, 9, TimeSpan.Zero),
        },
        Build = build,
        ToolVersion = "9.9.9-test",
    };

    /// <summary>Writes a file in the project folder (<c>project</c>), next to the notebook, or under artifacts.</summary>
    public string Write(string where, string relativePath, string content)
    {
        var folder = where switch
        {
            "artifacts" => Artifacts,
            _ => ProjectDirectory,
        };
        var file = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, content);
        return file;
    }

    public static IReadOnlyDictionary<string, JsonElement> Json(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
