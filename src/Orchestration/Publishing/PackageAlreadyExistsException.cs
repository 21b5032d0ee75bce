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
}
