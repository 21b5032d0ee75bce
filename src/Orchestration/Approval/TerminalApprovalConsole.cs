namespace Orchestration.Approval;

/// <summary>The process's own console. A CI job (input or output redirected) is never interactive.</summary>
public sealed class TerminalApprovalConsole : IApprovalConsole
{
    public bool IsInteractive => !Console.IsInputRedirected && !Console.IsOutputRedirected;

    public void WriteLine(string text) => Console.WriteLine(text);

    public string? ReadLine() => Console.ReadLine();
}
