using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Orchestration.Pipeline.Workspace;

/// <summary>
/// A file opened for an advisory <c>flock(2)</c> lock, which the kernel releases when the holder's
/// process dies however it dies (kill -9 included).
/// </summary>
/// <remarks>
/// The file is opened with <c>open(2)</c> rather than <see cref="FileStream"/>: .NET takes a shared
/// flock of its own on every file it opens on Unix (so nobody could read the holder's details while
/// the lock is held), and skips all locking when <c>DOTNET_SYSTEM_IO_DISABLEFILELOCKING</c> is set.
/// <c>O_CLOEXEC</c> keeps the descriptor out of child processes: a daemon the build starts (dockerd,
/// a kernel) must not hold the workspace after the build ends.
/// </remarks>
internal static partial class LockFileHandle
{
    private const int ReadOnly = 0x0;
    private const int ReadWrite = 0x2;
    private const int Create = 0x40;           // O_CREAT on Linux
    private const int CloseOnExec = 0x80000;   // O_CLOEXEC on Linux
    private const int Permissions = 0x1A4;     // 0644
    private const int LockExclusive = 2;
    private const int DoNotBlock = 4;
    private const int WouldBlock = 11;         // EWOULDBLOCK (= EAGAIN) on Linux

    public static bool IsSupported => OperatingSystem.IsLinux();

    public static SafeFileHandle OpenForLocking(string path) => Open(path, ReadWrite | Create | CloseOnExec);

    public static SafeFileHandle OpenForReading(string path) => Open(path, ReadOnly | CloseOnExec);

    /// <summary>Takes the exclusive lock if nobody holds it; false when another open file holds it.</summary>
    public static bool TryLockExclusive(SafeFileHandle handle)
    {
        if (Flock(handle, LockExclusive | DoNotBlock) == 0)
        {
            return true;
        }

        var error = Marshal.GetLastPInvokeError();
        return error == WouldBlock
            ? false
            : throw new IOException($"flock failed with errno {error}: {Marshal.GetPInvokeErrorMessage(error)}");
    }

    private static SafeFileHandle Open(string path, int flags)
    {
        var descriptor = OpenFile(path, flags, Permissions);
        if (descriptor < 0)
        {
            var error = Marshal.GetLastPInvokeError();
            throw new IOException($"Cannot open {path}: {Marshal.GetPInvokeErrorMessage(error)} (errno {error}).");
        }

        return new SafeFileHandle(descriptor, ownsHandle: true);
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int OpenFile([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

    [DllImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static extern int Flock(SafeFileHandle handle, int operation);
}
