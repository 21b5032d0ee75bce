using Orchestration.Pipeline;

namespace Orchestration.Mlflow;

/// <summary>
/// Whether and where the build tracks its training and registers its models in MLflow: <c>--mlflow-tracking-uri</c>
/// (or MLFLOW_TRACKING_URI), the experiment (<c>--mlflow-experiment</c>, MLFLOW_EXPERIMENT_NAME, default the
/// model's name), <c>--mlflow-optional</c> for teams that treat MLflow as best-effort, and <c>--mlflow-stages</c>
/// for registries that still use stages.
/// </summary>
public sealed record MlflowOptions
{
    public static readonly Option<string?> TrackingUri = Option.Text(
        "mlflow-tracking-uri", "MLFLOW_TRACKING_URI", null, "the MLflow tracking server; also handed to the kernel", defaultText: "— (MLflow not used)")
        .MaskingUrlPasswords();

    public static readonly Option<string?> ExperimentName = Option.Text(
        "mlflow-experiment", "MLFLOW_EXPERIMENT_NAME", null, "the MLflow experiment of the runs", defaultText: "the model name");

    public static readonly Option<bool> BestEffort = Option.Flag(
        "mlflow-optional", "ORCHESTRATION_MLFLOW_OPTIONAL", false, "a failing MLflow server (tracking or registry) is a warning, not a failed build");

    public static readonly Option<bool> RegistryStages = Option.Flag(
        "mlflow-stages", "ORCHESTRATION_MLFLOW_STAGES", false, "Apply also moves the version to the registry stage (Staging, Production) and archives the one there");

    public static readonly IReadOnlyList<Option<string?>> Environment =
    [
        Option.Environment("seconds per MLflow request (default 120)", MlflowConnection.TimeoutVariable),
        Option.Environment("retries after the first MLflow request (default 3)", MlflowConnection.RetriesVariable),
        Option.Secret(MlflowCredentials.TokenVariable, "MLflow bearer token"),
        Option.Environment("MLflow basic authentication user", MlflowCredentials.UsernameVariable),
        Option.Secret(MlflowCredentials.PasswordVariable, "MLflow basic authentication password"),
    ];

    public required MlflowConnection Connection { get; init; }

    public required string Experiment { get; init; }

    /// <summary>A tracking server that fails is a warning rather than a failed build.</summary>
    public bool Optional { get; init; }

    /// <summary>Besides the environment's alias, Apply transitions the serving version to the environment's registry stage.</summary>
    public bool Stages { get; init; }

    /// <summary>The options, or null when no tracking URI is given (MLflow is then not used at all).</summary>
    public static MlflowOptions? Bind(OptionValues options, string modelName)
    {
        ArgumentNullException.ThrowIfNull(options);
        var uri = options.Get(TrackingUri);
        if (string.IsNullOrWhiteSpace(uri))
        {
            return null;
        }

        return new MlflowOptions
        {
            Connection = MlflowConnection.ForTrackingUri(uri, $"{TrackingUri} ({TrackingUri.EnvironmentVariables[0]})", options.Variable),
            Experiment = options.Get(ExperimentName) ?? modelName,
            Optional = options.Get(BestEffort),
            Stages = options.Get(RegistryStages),
        };
    }
}
