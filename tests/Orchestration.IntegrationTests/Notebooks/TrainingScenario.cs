using Orchestration.Configuration;
using Orchestration.IntegrationTests.PythonEnvironment;
using Orchestration.IntegrationTests.Support;
using Orchestration.Notebooks;
using Orchestration.Pipeline;

namespace Orchestration.IntegrationTests.Notebooks;

/// <summary>A workspace with a model project whose train.ipynb is one of the test notebooks in Assets/.</summary>
public sealed class TrainingScenario : IDisposable
{
    private readonly TemporaryDirectory workspace = new("orchestration-train");
    private readonly PythonEnvironmentFixture environment;

    public TrainingScenario(PythonEnvironmentFixture environment, string asset)
    {
        this.environment = environment;
        Directory.CreateDirectory(ProjectDirectory);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Notebooks", "Assets", asset + ".ipynb"), Path.Combine(ProjectDirectory, "train.ipynb"));
        (Context, Log) = RecordedContext.Create();
    }

    public string ProjectDirectory => workspace.Combine("project");

    public WorkspacePaths Paths => new(workspace.Path);

    public Cake.Core.ICakeContext Context { get; }

    public RecordedLog Log { get; }

    public string ExecutedNotebook => Path.Combine(Paths.Artifacts, "notebooks", "train.test-model.1.2.ipynb");

    public static ModelConfiguration Model(params (string Name, string Value)[] parameters) => new()
    {
        Identity = new ModelIdentity("test-model", 1, 2),
        Notebook = "train.ipynb",
        ModelPath = "models/model.1.bin",
        Environment = "requirements.txt",
        Parameters = [.. parameters.Select(p => KeyValuePair.Create(p.Name, p.Value))],
    };

    public Task<TrainingRecord> TrainAsync(ModelConfiguration model, TrainingOptions? options = null) =>
        new NotebookTrainer(Context).TrainAsync(ProjectDirectory, model, environment.Record, Paths, options ?? new TrainingOptions(), CancellationToken.None);

    public void Dispose() => workspace.Dispose();
}
