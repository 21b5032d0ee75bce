using System.Runtime.InteropServices;

namespace Orchestration.Tooling;

internal static class NativeMethods
{
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    internal static extern int Kill(int pid, int signal);

    /// <summary>rename(2): replaces <paramref name="newPath"/> in one step, also when both are symbolic links to folders (File.Move refuses those).</summary>
    [DllImport("libc", EntryPoint = "rename", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    internal static extern int Rename(string oldPath, string newPath);

    /// <summary>link(2): a second name for a file, made only when <paramref name="newPath"/> does not exist (EEXIST otherwise), in one step.</summary>
    [DllImport("libc", EntryPoint = "link", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    internal static extern int Link(string oldPath, string newPath);

    /// <summary>errno EEXIST: the same number on Linux and macOS.</summary>
    internal const int FileExists = 17;
}
