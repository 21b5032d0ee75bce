namespace Orchestration.Notebooks;

/// <summary>Tells whether the notebook wrote its model file during the run (not just whether one is there from before).</summary>
internal sealed class ModelFileWatch(string path, DateTime? before)
{
    public string Path { get; } = path;

    public static ModelFileWatch Start(string path) => new(path, File.Exists(path) ? File.GetLastWriteTimeUtc(path) : null);

    public void RequireWritten(string relativePath)
    {
        if (!File.Exists(Path))
        {
            throw Failure(relativePath, "did not write the model file");
        }

        if (File.GetLastWriteTimeUtc(Path) == before)
        {
            throw Failure(relativePath, "did not write the model file (the one there is left from before this run)");
        }
    }

    private NotebookFailedException Failure(string relativePath, string what) =>
        new($"The notebook finished but {what} {relativePath} (model.path in build.properties; expected at {Path}). " +
            "Make the notebook save the model there, e.g. joblib.dump(model, path), or correct model.path.")
        {
            Kind = "model-file",
        };
}
