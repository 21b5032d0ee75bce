using Orchestration.PythonEnvironment;

namespace Orchestration.Configuration;

/// <summary>The keys a model project's build.properties may hold.</summary>
internal static class ConfigurationKeys
{
    public const string ParameterPrefix = "parameter.";

    /// <summary>The repeated argument for notebook parameters: <c>--parameter NAME=VALUE</c>.</summary>
    public const string ParameterArgument = "parameter";

    public static readonly ConfigurationKey ModelName = new("model.name");
    public static readonly ConfigurationKey DataVersion = new("data.version");
    public static readonly ConfigurationKey ModelVersion = new("model.version");
    public static readonly ConfigurationKey Notebook = new("notebook", VariableName: "MODEL_NOTEBOOK");
    public static readonly ConfigurationKey ModelPath = new("model.path");

    // --environment and ENVIRONMENT name the deployment environment (Plan, Apply) in CI: not this key.
    public static readonly ConfigurationKey EnvironmentSpec = new("environment", ArgumentName: "environment-file", VariableName: "MODEL_ENVIRONMENT_FILE");
    public static readonly ConfigurationKey Data = new("data", "data/**", VariableName: "MODEL_DATA");
    public static readonly ConfigurationKey Dockerfile = new("dockerfile", "Dockerfile", VariableName: "MODEL_DOCKERFILE");

    // Files in the project that the notebook or serving writes, or that are not training inputs (serve.py, README.md).
    public static readonly ConfigurationKey Outputs = new("outputs", string.Empty, VariableName: "MODEL_OUTPUTS");

    public static IReadOnlyList<ConfigurationKey> All { get; } =
        [ModelName, DataVersion, ModelVersion, Notebook, ModelPath, EnvironmentSpec, Data, Dockerfile, Outputs];

    /// <summary>The known keys as a reader wants them listed.</summary>
    public static string Listed => string.Join(", ", All.Select(key => key.Name).Append(ParameterPrefix + "NAME"));
}
