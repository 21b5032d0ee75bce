using Orchestration.IntegrationTests.Support;

namespace Orchestration.IntegrationTests.Mlflow;

/// <summary>
/// Where the tests find a real MLflow server: the folder in ORCHESTRATION_MLFLOW_SERVER (with a
/// <c>start PORT DIR</c> / <c>stop DIR</c> pair), else <c>../shared/mlflow-server</c> next to this repository,
/// else the <c>mlflow</c> program on PATH. Without one, the MLflow tests are skipped with that reason;
/// on a CI system they fail instead, so a CI totals line never hides them as skipped.
/// </summary>
public sealed record MlflowServerLocation(string? ScriptFolder, string? Program)
{
    public const string Variable = "ORCHESTRATION_MLFLOW_SERVER";

    public static MlflowServerLocation? Found { get; } = Find();

    public static string Searched =>
        $"no MLflow server for the tests: {Variable} is not set to a folder with start and stop, " +
        $"{SharedFolder} does not exist, and no 'mlflow' program is on PATH";

    /// <summary>Why the MLflow tests are skipped here, or null when they run (a server exists, or this is a CI build).</summary>
    public static string? SkipReason => Found is null && !IsContinuousIntegration ? Searched : null;

    private static string SharedFolder => System.IO.Path.GetFullPath(RepositoryRoot.Combine("..", "shared", "mlflow-server"));

    private static readonly string[] CiVariables = ["CI", "JENKINS_URL", "GITHUB_ACTIONS", "GITLAB_CI", "TF_BUILD"];

    private static bool IsContinuousIntegration =>
        CiVariables.Any(name => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(name)));

    private static MlflowServerLocation? Find()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
        {
            return HasScripts(configured)
                ? new MlflowServerLocation(System.IO.Path.GetFullPath(configured), null)
                : throw new InvalidOperationException($"{Variable}={configured} is not a folder with the programs 'start' and 'stop'.");
        }

        if (HasScripts(SharedFolder))
        {
            return new MlflowServerLocation(SharedFolder, null);
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => System.IO.Path.Combine(folder, "mlflow"))
            .FirstOrDefault(File.Exists);
        return onPath is null ? null : new MlflowServerLocation(null, onPath);
    }

    private static bool HasScripts(string folder) =>
        File.Exists(System.IO.Path.Combine(folder, "start")) && File.Exists(System.IO.Path.Combine(folder, "stop"));
}
