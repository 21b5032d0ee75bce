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

    public static void Add(string? secret)
    {
        // Very short values would mask ordinary text everywhere; they are not worth a secret's name.
        if (!string.IsNullOrWhiteSpace(secret) && secret.Length >= 4)
        {
            Secrets.TryAdd(secret, 0);
        }
    }

    /// <summary>The passwords of the URLs (space-separated) that carry one: <c>https://user:token@host/</c>.</summary>
    public static void AddUrlPassword(string? urls)
    {
        foreach (var url in (urls ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.UserInfo.Contains(':', StringComparison.Ordinal))
            {
                var password = uri.UserInfo[(uri.UserInfo.IndexOf(':', StringComparison.Ordinal) + 1)..];
                Add(password);
                Add(Uri.UnescapeDataString(password));
            }
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
