namespace Orchestration.Mlflow;

/// <summary>The states of an MLflow run, as the REST API names them (<c>FINISHED</c>, ...).</summary>
public enum RunStatus
{
    Running,
    Scheduled,
    Finished,
    Failed,
    Killed,
}

public static class RunStatusNames
{
    public static string ToApi(this RunStatus status) => status.ToString().ToUpperInvariant();
}
