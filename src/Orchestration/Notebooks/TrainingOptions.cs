namespace Orchestration.Notebooks;

/// <summary>How the Train stage runs the notebook (its arguments; see the README).</summary>
public sealed record TrainingOptions
{
    /// <summary>How long one cell may run (--cell-timeout).</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromSeconds(600);

    /// <summary>How long the whole notebook may run (--notebook-timeout).</summary>
    public TimeSpan NotebookTimeout { get; init; } = TimeSpan.FromSeconds(3600);

    /// <summary>Handed to the kernel as MLFLOW_TRACKING_URI when set (--mlflow-tracking-uri).</summary>
    public string? MlflowTrackingUri { get; init; }

    /// <summary>More environment variables for the kernel (--notebook-env NAME=VALUE).</summary>
    public IReadOnlyDictionary<string, string> NotebookEnvironment { get; init; } = new Dictionary<string, string>();

    /// <summary>Variables of the build's environment the kernel inherits beyond the allow-list (--pass-env NAME).</summary>
    public IReadOnlySet<string> PassEnvironment { get; init; } = new HashSet<string>();

    /// <summary>The Python that runs the runner: it needs nbclient and nbconvert (--jupyter-python; null for the default).</summary>
    public string? JupyterPython { get; init; }
}
