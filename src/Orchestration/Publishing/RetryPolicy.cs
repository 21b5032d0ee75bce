namespace Orchestration.Publishing;

/// <summary>
/// How feed requests are retried after a transient failure (a network error, a timeout, 5xx, 408
/// or 429): <see cref="MaxAttempts"/> in all, waiting <see cref="FirstDelay"/>, then twice as long
/// each time.
/// </summary>
public sealed record RetryPolicy
{
    public static RetryPolicy Default { get; } = new();

    public int MaxAttempts { get; init; } = 4;

    public TimeSpan FirstDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How to wait between attempts (tests pass one that does not wait).</summary>
    public Func<TimeSpan, CancellationToken, Task> Wait { get; init; } = Task.Delay;

    public TimeSpan DelayAfter(int attempt) => FirstDelay * Math.Pow(2, attempt - 1);
}
