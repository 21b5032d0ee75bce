namespace Orchestration.IntegrationTests.Mlflow;

/// <summary>A test against a real MLflow server: skipped, with the reason, where none can be found (outside CI).</summary>
public sealed class MlflowFactAttribute : FactAttribute
{
    public MlflowFactAttribute()
    {
        Skip = MlflowServerLocation.SkipReason;
    }
}
