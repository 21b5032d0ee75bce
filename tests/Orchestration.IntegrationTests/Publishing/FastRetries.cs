using Orchestration.Publishing;

namespace Orchestration.IntegrationTests.Publishing;

/// <summary>Retry policies for tests: the real number of attempts, no real waiting.</summary>
public static class FastRetries
{
    public static RetryPolicy Policy(int attempts = 3, Action? betweenAttempts = null) => new()
    {
        MaxAttempts = attempts,
        FirstDelay = TimeSpan.FromMilliseconds(1),
        Wait = (_, _) =>
        {
            betweenAttempts?.Invoke();
            return Task.CompletedTask;
        },
    };
}
