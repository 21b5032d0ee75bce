using Orchestration.Checkout;
using Orchestration.Pipeline;

namespace Orchestration.Packaging;

/// <summary>Gathers a model's provenance from the stage records, hashing the notebook, the data and the model.</summary>
internal static class ProvenanceCollector
{
    public static Provenance Collect(PackageInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var (checkout, model, environment, training) = (inputs.Checkout, inputs.Model, inputs.Environment, inputs.Training);
        var project = checkout.ProjectDirectory;
        var identity = model.Identity;
        var modelFile = RequireModelFile(training.ModelFile);

        return new Provenance
        {
            Identity = identity,
            Name = identity.Name,
            DataVersion = identity.DataVersion,
            ModelVersion = identity.ModelVersion,
            Source = new SourceProvenance
            {
                Repository = RepositoryUrl.WithoutCredentials(checkout.Repository),
                Ref = checkout.Ref,
                Commit = checkout.Commit,
                Dirty = checkout.IsDirty,
                ProjectPath = Slashes(checkout.ProjectPath),
            },
            Notebook = FileDigest.Of(Path.Combine(project, model.Notebook), Slashes(model.Notebook)),
            Data = [.. DataFiles.Resolve(project, model.Data).Select(file => FileDigest.Of(Path.Combine(project, file), file))],
            Model = FileDigest.Of(modelFile, PackageLayout.ModelEntry(identity, modelFile)),
            Parameters = training.Parameters,
            Metrics = training.Metrics,
            Environment = new EnvironmentProvenance
            {
                Spec = Slashes(environment.Spec),
                SpecHash = environment.SpecHash,
                PythonVersion = environment.PythonVersion,
                Packages = environment.Packages,
            },
            Inputs = inputs.Inputs,
            Reports =
            [
                FileDigest.Of(training.ExecutedNotebook, PackageLayout.NotebookEntry(training.ExecutedNotebook)),
                FileDigest.Of(training.HtmlReport, PackageLayout.NotebookEntry(training.HtmlReport)),
            ],
            Build = inputs.Build,
            Promotion = inputs.Promotion,
            Training = new TrainingTimes(training.StartedAt, training.FinishedAt),
            Tool = new ToolProvenance("Orchestration", inputs.ToolVersion),
        };
    }

    private static string RequireModelFile(string modelFile)
    {
        if (File.Exists(modelFile))
        {
            return modelFile;
        }

        throw Directory.Exists(modelFile)
            ? ConfigurationError.Create($"model.path names a folder ({modelFile}); a model package holds one model file. Have the notebook write one file (e.g. a .tar.gz of the folder) and point model.path at it.")
            : new FileNotFoundException($"The Train stage recorded the model file {modelFile}, but it is not there. Run --target=Train again (without --exclusive) in this workspace.", modelFile);
    }

    private static string Slashes(string path) => path.Replace('\\', '/');
}
