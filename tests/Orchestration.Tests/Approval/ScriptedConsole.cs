using Orchestration.Approval;

namespace Orchestration.Tests.Approval;

/// <summary>A terminal (or not) whose person types the given lines, and which keeps what was shown.</summary>
internal sealed class ScriptedConsole(bool interactive, params string[] typed) : IApprovalConsole
{
    private readonly Queue<string> lines = new(typed);

    public List<string> Shown { get; } = [];

    public bool IsInteractive => interactive;

    public void WriteLine(string text) => Shown.Add(text);

    public string? ReadLine() => lines.Count > 0 ? lines.Dequeue() : null;
}
