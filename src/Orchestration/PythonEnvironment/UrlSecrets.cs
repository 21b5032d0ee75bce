using Orchestration.Tooling;

namespace Orchestration.PythonEnvironment;

/// <summary>Registers the password of a URL with credentials (https://user:token@host/...) as a secret.</summary>
internal static class UrlSecrets
{
    public static void Add(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !uri.UserInfo.Contains(':', StringComparison.Ordinal))
        {
            return;
        }

        var password = uri.UserInfo[(uri.UserInfo.IndexOf(':', StringComparison.Ordinal) + 1)..];
        SecretMasker.Add(password);
        SecretMasker.Add(Uri.UnescapeDataString(password));
    }

    public static void AddFromEnvironment(params string[] variables)
    {
        foreach (var variable in variables)
        {
            foreach (var url in (Environment.GetEnvironmentVariable(variable) ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                Add(url);
            }
        }
    }
}
