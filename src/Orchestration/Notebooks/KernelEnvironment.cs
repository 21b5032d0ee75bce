using Orchestration.PythonEnvironment;
using Orchestration.Tooling;

namespace Orchestration.Notebooks;

/// <summary>
/// The environment variables the runner adds for itself and the kernel it starts (which otherwise
/// inherits the build's environment): where to find the kernel, where to write the metrics, and what
/// the notebook was given (MLflow, --notebook-env); and the credentials it must not see, withheld.
/// </summary>
internal static class KernelEnvironment
{
    /// <summary>
    /// Variables the kernel must not inherit: the build's credentials. Whatever a notebook prints ends
    /// up in the executed notebook and its HTML, which are archived and published.
    /// </summary>
    public static IEnumerable<string> Withheld =>
        SecretMasker.SecretVariables
            .Concat(["MODEL_FEED_USERNAME", "DOCKER_REGISTRY_USERNAME", "AWS_ACCESS_KEY_ID"])
            .Concat([Mlflow.MlflowCredentials.TokenVariable, Mlflow.MlflowCredentials.UsernameVariable, Mlflow.MlflowCredentials.PasswordVariable]);

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
