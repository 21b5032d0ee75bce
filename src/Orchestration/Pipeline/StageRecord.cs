namespace Orchestration.Pipeline;

/// <summary>
/// One stage's result: set by the stage when it runs in this process, otherwise read from the
/// record an earlier run left in the workspace.
/// </summary>
public sealed class StageRecord<T>(StageRecordStore store, string stage)
    where T : class
{
    private T? value;

    public string Stage { get; } = stage;

    public T Value => value ??= store.Load<T>(Stage);

    public void Set(T result)
    {
        store.Save(Stage, result);
        value = result;
    }
}
