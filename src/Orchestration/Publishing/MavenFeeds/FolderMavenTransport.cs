using Orchestration.Packaging;

namespace Orchestration.Publishing.MavenFeeds;

/// <summary>
/// A Maven-layout repository in a folder (what <c>file://</c> repositories are). Every file is written under a
/// temporary name, then moved into place; create-only files are linked without replacing, so two publishers never
/// both create one. Locks are the kernel's (flock on a <c>.lock</c> file beside the locked file): they end with the process.
/// </summary>
internal sealed class FolderMavenTransport(string root) : IMavenTransport
{
    private static readonly TimeSpan LockPoll = TimeSpan.FromMilliseconds(100);

    public string Location => root;

    public async Task<string?> GetTextAsync(string path, CancellationToken cancellationToken) =>
        File.Exists(Full(path)) ? await File.ReadAllTextAsync(Full(path), cancellationToken).ConfigureAwait(false) : null;

    public Task<bool> DownloadAsync(string path, string destinationFile, CancellationToken cancellationToken)
    {
        if (!File.Exists(Full(path)))
        {
            return Task.FromResult(false);
        }

        File.Copy(Full(path), destinationFile, overwrite: true);
        return Task.FromResult(true);
    }

    public Task PutFileAsync(string path, string file, bool createOnly, CancellationToken cancellationToken) =>
        PutAsync(
            path,
            async (target, token) =>
            {
                await using var source = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 20, useAsync: true);
                await source.CopyToAsync(target, token).ConfigureAwait(false);
            },
            createOnly,
            cancellationToken);

    public Task PutBytesAsync(string path, byte[] content, bool createOnly, CancellationToken cancellationToken) =>
        PutAsync(path, (target, token) => target.WriteAsync(content, token).AsTask(), createOnly, cancellationToken);

    public Task DeleteAsync(string path, CancellationToken cancellationToken)
    {
        File.Delete(Full(path));
        return Task.CompletedTask;
    }

    public async Task<IDisposable> LockAsync(string path, CancellationToken cancellationToken)
    {
        var lockFile = Full(path) + ".lock";
        Directory.CreateDirectory(Path.GetDirectoryName(lockFile)!);
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive flock(2) on Linux: held by one open file at a time, released when the process dies.
                return new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(LockPoll, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public void Dispose()
    {
    }

    private async Task PutAsync(string path, Func<Stream, CancellationToken, Task> write, bool createOnly, CancellationToken cancellationToken)
    {
        try
        {
            await AtomicFile.WriteAsync(Full(path), write, overwrite: !createOnly, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException) when (createOnly && File.Exists(Full(path)))
        {
            throw new FileAlreadyThereException($"{Full(path)} already exists");
        }
    }

    private string Full(string path) => Path.Combine(root, path);
}
