namespace Cake.Frosting.Internal;

/// <summary>Which tasks of this run finished, and which one was running: what an interruption message names.</summary>
internal sealed class TaskProgress
{
    private readonly List<string> finished = [];

    public string? Running { get; private set; }

    public IReadOnlyList<string> Finished => finished;

    public void Start(string task) => Running = task;

    public void Finish(string task)
    {
        finished.Add(task);
        Running = null;
    }

    /// <summary>One line: what the interruption stopped and what this run keeps.</summary>
    public string Describe(string signal)
    {
        var kept = finished.Count == 0 ? "nothing of this run" : "what " + string.Join(", ", finished) + " produced";
        return Running is { } task
            ? $"Interrupted by {signal} during {task}: stopped it with every process it started, nothing more was written; kept {kept}."
            : finished.Count > 0
                ? $"Interrupted by {signal} after {finished[^1]}: no further task ran; kept {kept}."
                : $"Interrupted by {signal} before any task ran: nothing was written.";
    }
}
