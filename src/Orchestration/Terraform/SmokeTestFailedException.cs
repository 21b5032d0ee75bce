namespace Orchestration.Terraform;

/// <summary>The deployed endpoint did not answer as a model server should.</summary>
internal sealed class SmokeTestFailedException : Exception
{
    public SmokeTestFailedException(string message)
        : base(message)
    {
    }

    public SmokeTestFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SmokeTestFailedException()
    {
    }
}
