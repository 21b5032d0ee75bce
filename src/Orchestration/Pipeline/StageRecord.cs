namespace Orchestration.Pipeline;

/// <summary>
/// One stage's result: set by the stage when it runs in this process, otherwise read from the
/// record an earlier run left in the workspace. A stage with more than one result names each
/// (<paramref name="name"/>, e.g. Environment's <c>inputs</c>); by default the record is named after the stage.
/// </summary>
public sealed class StageRecord<T>(StageRecordStore store, string stage, string? name = null)
    where T : class
{
    private T? value;

    public string Stage { get; } = stage;

    public string Name { get; } = name ?? stage;

    public T Value => value ??= store.Load<T>(Stage, Name);

    public void Set(T result)
    {
        store.Save(Name, result);
        value = result;
    }
}
