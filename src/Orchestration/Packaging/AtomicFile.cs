using System.Runtime.InteropServices;
using Orchestration.Tooling;

namespace Orchestration.Packaging;

/// <summary>
/// Writes a file under a temporary name beside it, then moves it into place: readers never see half a file,
/// and the temporary file is deleted whatever happens (failure or cancellation).
/// </summary>
internal static class AtomicFile
{
    private const int BufferSize = 1 << 20;

    /// <summary>Writes the file with a synchronous writer (NuGet's package writer is one), replacing what was there.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var temporary = Prepare(path);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize))
            {
                write(stream);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// Writes the file; with <paramref name="overwrite"/> false it is created only if absent, atomically: on Unix
    /// the complete file gets its name by link(2), which fails when the name exists, so of two writers racing for
    /// one name exactly one succeeds and the other gets an <see cref="IOException"/> with the file untouched.
    /// (.NET's File.Move without overwrite is no such guarantee there: when the name is free at its check it
    /// renames, and a rename replaces what another writer put there in between.)
    /// </summary>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, bool overwrite, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var temporary = Prepare(path);
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
            {
                await write(stream, cancellationToken).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (overwrite)
            {
                File.Move(temporary, path, overwrite: true);
            }
            else
            {
                CreateOnly(temporary, path);
            }
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Gives the complete <paramref name="temporary"/> file the name <paramref name="path"/> unless that name exists.</summary>
    private static void CreateOnly(string temporary, string path)
    {
        if (OperatingSystem.IsWindows())
        {
            // MoveFileEx without MOVEFILE_REPLACE_EXISTING fails when the name exists: one step already.
            File.Move(temporary, path, overwrite: false);
            return;
        }

        if (NativeMethods.Link(temporary, path) == 0)
        {
            return;
        }

        var error = Marshal.GetLastPInvokeError();
        if (error == NativeMethods.FileExists)
        {
            throw new IOException($"{path} already exists: another writer created it first.");
        }

        // A file system without hard links (some network and FAT mounts): File.Move's check-then-rename is the best there is.
        File.Move(temporary, path, overwrite: false);
    }

    /// <summary>The temporary name a write of <paramref name="path"/> uses: unique, beside it, ending in <c>.tmp</c>.</summary>
    public static string TemporaryName(string path) => $"{path}.{Guid.NewGuid():N}.tmp";

    /// <summary>Makes the file's folder and returns the temporary name to write.</summary>
    private static string Prepare(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return TemporaryName(path);
    }
}
