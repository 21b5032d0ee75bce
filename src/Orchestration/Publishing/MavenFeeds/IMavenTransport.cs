namespace Orchestration.Publishing.MavenFeeds;

/// <summary>Reads and writes files of a Maven-layout repository, by path relative to its root.</summary>
internal interface IMavenTransport : IDisposable
{
    /// <summary>The repository's root, safe to print.</summary>
    string Location { get; }

    /// <summary>The file's text, or null when it does not exist.</summary>
    Task<string?> GetTextAsync(string path, CancellationToken cancellationToken);

    /// <summary>Copies the file to <paramref name="destinationFile"/>; false when it does not exist.</summary>
    Task<bool> DownloadAsync(string path, string destinationFile, CancellationToken cancellationToken);

    Task PutFileAsync(string path, string file, CancellationToken cancellationToken);

    Task PutBytesAsync(string path, byte[] content, CancellationToken cancellationToken);
}
