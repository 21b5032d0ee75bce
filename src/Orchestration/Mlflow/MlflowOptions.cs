using Cake.Core;
using Orchestration.Pipeline;

namespace Orchestration.Mlflow;

/// <summary>
/// Whether and where the build tracks its training in MLflow: <c>--mlflow-tracking-uri</c> (or
/// MLFLOW_TRACKING_URI), the experiment (<c>--mlflow-experiment</c>, MLFLOW_EXPERIMENT_NAME, default the
/// model's name), and <c>--mlflow-optional</c> for teams that treat tracking as best-effort.
/// </summary>
public sealed record MlflowOptions
{
    public static readonly IReadOnlyList<string> Arguments = ["mlflow-tracking-uri", "mlflow-experiment", "mlflow-optional"];

    public required MlflowConnection Connection { get; init; }

    public required string Experiment { get; init; }

    /// <summary>A tracking server that fails is a warning rather than a failed build.</summary>
    public bool Optional { get; init; }

    /// <summary>The options, or null when no tracking URI is given (MLflow is then not used at all).</summary>
    public static MlflowOptions? Read(ICakeContext context, string modelName)
    {
        var uri = Options.Get(context, "mlflow-tracking-uri", "MLFLOW_TRACKING_URI");
        if (string.IsNullOrWhiteSpace(uri))
        {
            return null;
        }

        return new MlflowOptions
        {
            Connection = MlflowConnection.ForTrackingUri(uri, "--mlflow-tracking-uri (MLFLOW_TRACKING_URI)"),
            Experiment = Options.Get(context, "mlflow-experiment", "MLFLOW_EXPERIMENT_NAME", modelName)!,
            Optional = Options.Flag(context, "mlflow-optional", "ORCHESTRATION_MLFLOW_OPTIONAL"),
        };
    }
}
