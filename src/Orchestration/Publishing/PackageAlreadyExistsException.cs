using Orchestration.Packaging;

namespace Orchestration.Publishing;

/// <summary>The feed refused an upload because the version is already there (published meanwhile by someone else).</summary>
internal sealed class PackageAlreadyExistsException : Exception
{
    public PackageAlreadyExistsException()
    {
    }

    public PackageAlreadyExistsException(string message)
        : base(message)
    {
    }

    public PackageAlreadyExistsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>
    /// The provenance the other publisher wrote, when the feed has it although the version is not listed yet
    /// (its upload is still running, or was stopped half-way).
    /// </summary>
    public Provenance? Existing { get; init; }
}
