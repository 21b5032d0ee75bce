using Orchestration.PythonEnvironment;

namespace Orchestration.Notebooks;

/// <summary>
/// The environment variables the runner adds for itself and the kernel it starts (which otherwise
/// would inherit the build's environment): where to find the kernel, where to write the metrics, and what
/// the notebook was given (MLflow, --notebook-env); and everything not on the allow-list, withheld.
/// </summary>
internal static class KernelEnvironment
{
    /// <summary>
    /// Variables of the build's environment the runner must not inherit: all but the allow-list
    /// (<see cref="KernelEnvironmentAllowList"/>) and what --pass-env names.
    /// </summary>
    public static IEnumerable<string> Withheld(TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var inherited = Environment.GetEnvironmentVariables().Keys.Cast<string>();
        return KernelEnvironmentAllowList.Withheld(inherited, [.. options.PassEnvironment]);
    }

    public static IEnumerable<KeyValuePair<string, string>> For(PythonEnvironmentRecord environment, TrainingRun run, TrainingOptions options)
    {
        var inherited = Environment.GetEnvironmentVariable("JUPYTER_PATH");
        yield return new("JUPYTER_PATH", string.IsNullOrEmpty(inherited) ? environment.JupyterPath : environment.JupyterPath + Path.PathSeparator + inherited);
        yield return new(MetricsFile.EnvironmentVariable, run.MetricsFile);
        yield return new("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        if (!string.IsNullOrEmpty(options.MlflowTrackingUri))
        {
            yield return new("MLFLOW_TRACKING_URI", options.MlflowTrackingUri);
        }

        foreach (var variable in options.NotebookEnvironment)
        {
            yield return variable;
        }
    }
}
