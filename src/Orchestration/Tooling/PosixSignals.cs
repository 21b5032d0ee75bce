namespace Orchestration.Tooling;

/// <summary>kill(2): .NET sends only SIGKILL to a child; a tool that stops cleanly on SIGINT gets that first.</summary>
internal static class PosixSignals
{
    public const int Interrupt = 2;

    public static bool Send(int pid, int signal) => NativeMethods.Kill(pid, signal) == 0;
}
