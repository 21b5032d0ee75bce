using Orchestration.Pipeline;

namespace Orchestration.Notebooks;

/// <summary>The Train stage's options.</summary>
public static class NotebookOptions
{
    public static readonly Option<TimeSpan> CellTimeout = Option.Seconds(
        "cell-timeout", "ORCHESTRATION_CELL_TIMEOUT", 600, "seconds one cell may run");

    public static readonly Option<TimeSpan> NotebookTimeout = Option.Seconds(
        "notebook-timeout", "ORCHESTRATION_NOTEBOOK_TIMEOUT", 3600, "seconds the whole notebook may run");

    public static readonly RepeatedOption<KeyValuePair<string, string?>> NotebookEnvironment = Option.Repeated(
        "notebook-env", null, ',', Option.NotSet, "NAME=VALUE, or NAME to pass the build's variable through: for the kernel", NotebookEnvironmentArguments.ParseOne);

    public static readonly RepeatedOption<string> PassEnvironment = Option.Repeated(
        PassEnvArguments.Argument, null, ',', Option.NotSet, "NAME: a variable of the build's environment the kernel may inherit", name => PassEnvArguments.Parse([name]).First());

    public static readonly Option<bool> Retrain = Option.Flag(
        "retrain", "ORCHESTRATION_RETRAIN", false, "run the notebook even when an identical earlier run could be reused");

    public static readonly Option<string?> JupyterPython = Option.Text(
        "jupyter-python", "ORCHESTRATION_JUPYTER_PYTHON", null, "the Python that runs nbclient", defaultText: "/usr/bin/python3 if present, else python3");

    public static TrainingOptions Bind(OptionValues options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new TrainingOptions
        {
            CellTimeout = options.Get(CellTimeout),
            NotebookTimeout = options.Get(NotebookTimeout),
            MlflowTrackingUri = options.Get(Mlflow.MlflowOptions.TrackingUri),
            NotebookEnvironment = NotebookEnvironmentArguments.ToDictionary(options.Get(NotebookEnvironment), options.Variable),
            PassEnvironment = options.Get(PassEnvironment).ToHashSet(StringComparer.Ordinal),
            JupyterPython = options.Get(JupyterPython),
        };
    }
}
