using System.Globalization;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Orchestration.Pipeline.Workspace;

/// <summary>
/// One build per workspace at a time: an exclusive <c>flock</c> on <c>.work/workspace.lock</c>, held from
/// the build's setup to its teardown and released by the kernel if the build dies. The holder writes who
/// it is into the file, so a second build can say whom it waits for. Separate folders (Jenkins'
/// <c>workspace@2</c>) have separate lock files and never block each other.
/// </summary>
public sealed class WorkspaceLock : IDisposable
{
    public const string FileName = "workspace.lock";

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    private readonly SafeFileHandle handle;

    private WorkspaceLock(SafeFileHandle handle, string path, WorkspaceLockHolder holder)
    {
        this.handle = handle;
        Path = path;
        Holder = holder;
    }

    public string Path { get; }

    public WorkspaceLockHolder Holder { get; }

    public static string PathIn(string workFolder) => System.IO.Path.Combine(workFolder, FileName);

    /// <summary>
    /// Takes the workspace's lock, waiting up to <paramref name="wait"/> for its holder to finish
    /// (<paramref name="waiting"/> is told once whom it waits for). A workspace still held after that is
    /// a <see cref="ConfigurationError"/> naming the holder.
    /// </summary>
    public static WorkspaceLock Acquire(string workFolder, WorkspaceLockHolder me, TimeSpan wait, Action<WorkspaceLockHolder?> waiting, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(me);
        ArgumentNullException.ThrowIfNull(waiting);
        clock ??= TimeProvider.System;
        EnsureSupported();
        Directory.CreateDirectory(workFolder);
        var path = PathIn(workFolder);
        var handle = LockFileHandle.OpenForLocking(path);
        try
        {
            var deadline = clock.GetUtcNow() + wait;
            var told = false;
            while (!LockFileHandle.TryLockExclusive(handle))
            {
                var holder = ReadHolder(path);
                var now = clock.GetUtcNow();
                if (now >= deadline)
                {
                    throw ConfigurationError.Create(Busy(path, holder, wait, now));
                }

                if (!told)
                {
                    waiting(holder);
                    told = true;
                }

                Thread.Sleep(Min(PollInterval, deadline - now));
            }

            Write(handle, me.ToJson());
            return new WorkspaceLock(handle, path, me);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>Who holds the workspace's lock now, as its holder described itself; null when nobody wrote it.</summary>
    public static WorkspaceLockHolder? ReadHolder(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var reader = LockFileHandle.OpenForReading(path);
        var buffer = new byte[4096];
        var length = RandomAccess.Read(reader, buffer, 0);
        return WorkspaceLockHolder.Parse(Encoding.UTF8.GetString(buffer, 0, length));
    }

    /// <summary>Empties the file (so nobody reads a finished holder) and releases the lock.</summary>
    public void Dispose()
    {
        if (handle.IsClosed)
        {
            return;
        }

        Write(handle, string.Empty);
        handle.Dispose();
    }

    private static string Busy(string path, WorkspaceLockHolder? holder, TimeSpan wait, DateTimeOffset now) =>
        $"The workspace is in use by another build ({holder?.Describe(now) ?? "it has not written its details yet"}); " +
        $"waited {wait.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s (--wait-for-workspace). Lock file: {path}. " +
        "Let that build finish, wait longer with --wait-for-workspace=SECONDS, or build in a separate folder.";

    private static void Write(SafeFileHandle handle, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        RandomAccess.SetLength(handle, 0);
        RandomAccess.Write(handle, bytes, 0);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static void EnsureSupported()
    {
        if (!LockFileHandle.IsSupported)
        {
            throw new PlatformNotSupportedException("The workspace lock uses flock(2) and is implemented for Linux only.");
        }
    }
}
