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

    /// <summary>
    /// Uploads a file. With <paramref name="createOnly"/> an existing file is never replaced: the upload throws
    /// <see cref="FileAlreadyThereException"/> instead (as far as the repository can tell, see the implementations).
    /// </summary>
    Task PutFileAsync(string path, string file, bool createOnly, CancellationToken cancellationToken);

    /// <inheritdoc cref="PutFileAsync"/>
    Task PutBytesAsync(string path, byte[] content, bool createOnly, CancellationToken cancellationToken);

    /// <summary>Removes a file this publisher wrote before it failed or was cancelled; a missing file is not an error.</summary>
    Task DeleteAsync(string path, CancellationToken cancellationToken);

    /// <summary>
    /// Holds the repository's lock on <paramref name="path"/> (e.g. an artifact's maven-metadata.xml) until disposed,
    /// so that read-modify-write of it is not lost to another publisher. Repositories without locks return at once.
    /// </summary>
    Task<IDisposable> LockAsync(string path, CancellationToken cancellationToken);
}

/// <summary>A create-only upload found the file already there: another publisher wrote it first.</summary>
internal sealed class FileAlreadyThereException(string message) : Exception(message);
