namespace Orchestration.Approval;

/// <summary>Where a person may approve a plan by hand: only a real terminal on both ends counts.</summary>
public interface IApprovalConsole
{
    /// <summary>True only when standard input AND standard output are a terminal.</summary>
    bool IsInteractive { get; }

    void WriteLine(string text);

    /// <summary>One line typed by the person, or null at end of input.</summary>
    string? ReadLine();
}
