using System.Net;

namespace Orchestration.Mlflow;

/// <summary>
/// The tracking server refused a request, or did not answer within the retries. The message names the
/// server, the request and the status; <see cref="Status"/> is null when no answer came at all.
/// </summary>
internal sealed class MlflowException : Exception
{
    public MlflowException()
    {
    }

    public MlflowException(string message)
        : base(message)
    {
    }

    public MlflowException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public HttpStatusCode? Status { get; init; }

    /// <summary>MLflow's error code (<c>RESOURCE_DOES_NOT_EXIST</c>, <c>INVALID_PARAMETER_VALUE</c>, ...), when it sent one.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>True when the server could not be reached or kept failing (5xx): a later request may succeed.</summary>
    public bool IsUnavailable => Status is null || (int)Status >= 500;
}
