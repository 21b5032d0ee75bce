namespace Orchestration.Notebooks;

/// <summary>The notebook did not run to the end, or did not produce what the pipeline needs. Exit code 1.</summary>
internal sealed class NotebookFailedException : Exception
{
    public NotebookFailedException(string message)
        : base(message)
    {
    }

    public NotebookFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public NotebookFailedException()
    {
    }

    /// <summary>What stopped it: cell-error, cell-timeout, notebook-timeout, dead-kernel, kernel, runner, model-file, metrics or html.</summary>
    public string Kind { get; init; } = "runner";
}
