namespace Orchestration.Packaging;

/// <summary>
/// Writes a file under a temporary name beside it, then moves it into place: readers never see half a file,
/// and the temporary file is deleted whatever happens (failure or cancellation).
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        WriteAsync(path, (stream, _) => { write(stream); return Task.CompletedTask; }, overwrite: true, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>
    /// Writes the file; with <paramref name="overwrite"/> false it is created only if absent, atomically: the move
    /// is a link(2) that fails when the name exists (.NET's File.Move without overwrite), so of two writers racing
    /// for one name exactly one succeeds and the other gets an <see cref="IOException"/> with the file untouched.
    /// </summary>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, bool overwrite, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = TemporaryName(path);
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 20, useAsync: true))
            {
                await write(stream, cancellationToken).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temporary, path, overwrite);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The temporary name a write of <paramref name="path"/> uses: unique, beside it, ending in <c>.tmp</c>.</summary>
    public static string TemporaryName(string path) => $"{path}.{Guid.NewGuid():N}.tmp";
}
