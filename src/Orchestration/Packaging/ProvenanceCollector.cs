using Orchestration.Checkout;
using Orchestration.Pipeline;

namespace Orchestration.Packaging;

/// <summary>Gathers a model's provenance from the stage records, hashing the notebook, the data and the model.</summary>
internal static class ProvenanceCollector
{
    public static Provenance Collect(PackageInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var training = inputs.Training;
        var modelFile = RequireModelFile(training.ModelFile);
        return Collect(inputs, new PackagedFiles(
            FileDigest.Of(modelFile, PackageLayout.ModelEntry(inputs.Model.Identity, modelFile)),
            FileDigest.Of(training.ExecutedNotebook, PackageLayout.NotebookEntry(training.ExecutedNotebook)),
            FileDigest.Of(training.HtmlReport, PackageLayout.NotebookEntry(training.HtmlReport))));
    }

    /// <summary>The provenance, with the digests of the model and reports taken while they were packed.</summary>
    public static Provenance Collect(PackageInputs inputs, PackagedFiles files)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(files);
        var (checkout, model, environment, training) = (inputs.Checkout, inputs.Model, inputs.Environment, inputs.Training);
        var project = checkout.ProjectDirectory;
        var identity = model.Identity;

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
            Model = files.Model,
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
            Reports = [files.Notebook, files.Html],
            Build = inputs.Build,
            Promotion = inputs.Promotion,
            Training = new TrainingTimes(training.StartedAt, training.FinishedAt),
            Tool = new ToolProvenance("Orchestration", inputs.ToolVersion),
        };
    }

    /// <summary>The model file the Train stage recorded; a clear error when it is missing or a folder.</summary>
    public static string RequireModelFile(string modelFile)
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
