using System.Collections.Concurrent;

namespace Orchestration.Tooling;

/// <summary>
/// The secrets of this run (feed keys, registry passwords, cloud credentials). Everything a tool
/// prints, and every failure message, passes through <see cref="Mask"/> before anyone sees it.
/// </summary>
public static class SecretMasker
{
    private const string Mask_ = "***";
    private static readonly ConcurrentDictionary<string, byte> Secrets = new(StringComparer.Ordinal);

    /// <summary>Environment variables whose values are always secret when set.</summary>
    public static readonly IReadOnlyList<string> SecretVariables =
    [
        "MODEL_FEED_API_KEY",
        "MODEL_FEED_PASSWORD",
        "DOCKER_REGISTRY_PASSWORD",
        "AWS_SECRET_ACCESS_KEY",
        "AWS_SESSION_TOKEN",
        "ARM_CLIENT_SECRET",
        "GOOGLE_CREDENTIALS",
    ];

    public static void Add(string? secret)
    {
        // Very short values would mask ordinary text everywhere; they are not worth a secret's name.
        if (!string.IsNullOrWhiteSpace(secret) && secret.Length >= 4)
        {
            Secrets.TryAdd(secret, 0);
        }
    }

    public static void AddFromEnvironment()
    {
        foreach (var name in SecretVariables)
        {
            Add(Environment.GetEnvironmentVariable(name));
        }
    }

    public static string Mask(string text)
    {
        foreach (var secret in Secrets.Keys.OrderByDescending(s => s.Length))
        {
            text = text.Replace(secret, Mask_, StringComparison.Ordinal);
        }

        return text;
    }
}
