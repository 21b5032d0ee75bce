namespace Orchestration.Mlflow;

/// <summary>The states of an MLflow run, as the REST API names them (<c>FINISHED</c>, ...).</summary>
internal enum RunStatus
{
    Running,
    Scheduled,
    Finished,
    Failed,
    Killed,
}

internal static class RunStatusNames
{
    public static string ToApi(this RunStatus status) => status.ToString().ToUpperInvariant();
}
