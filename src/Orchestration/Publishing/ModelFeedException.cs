namespace Orchestration.Publishing;

/// <summary>A feed failed (unreachable, refused a request, served a damaged package). The message says which feed, which URL and what to do.</summary>
internal sealed class ModelFeedException : Exception
{
    public ModelFeedException()
    {
    }

    public ModelFeedException(string message)
        : base(message)
    {
    }

    public ModelFeedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
