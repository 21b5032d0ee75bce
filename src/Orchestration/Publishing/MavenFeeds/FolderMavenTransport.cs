using Orchestration.Packaging;

namespace Orchestration.Publishing.MavenFeeds;

/// <summary>A Maven-layout repository in a folder (what <c>file://</c> repositories are). Every file is written under a temporary name, then renamed.</summary>
internal sealed class FolderMavenTransport(string root) : IMavenTransport
{
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

    public Task PutFileAsync(string path, string file, CancellationToken cancellationToken)
    {
        AtomicFile.Write(Full(path), target =>
        {
            using var source = File.OpenRead(file);
            source.CopyTo(target);
        });
        return Task.CompletedTask;
    }

    public Task PutBytesAsync(string path, byte[] content, CancellationToken cancellationToken)
    {
        AtomicFile.Write(Full(path), target => target.Write(content));
        return Task.CompletedTask;
    }

    public void Dispose()
    {
    }

    private string Full(string path) => Path.Combine(root, path);
}
