using NuGet.Configuration;
using Orchestration.Pipeline;
using Orchestration.Tooling;

namespace Orchestration.Publishing.NuGetFeeds;

/// <summary>
/// What <c>--feed</c> names for NuGet: a service index URL, a source in NuGet.Config (which may
/// carry credentials), or a folder. The API key is MODEL_FEED_API_KEY, else NuGet.Config's.
/// </summary>
internal sealed record NuGetSource(PackageSource Source, string? ApiKey)
{
    public bool IsFolder => Source.IsLocal;

    public string Location => IsFolder ? Source.Source : Source.Source.Split('?')[0];

    public static NuGetSource Resolve(FeedSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var nugetSettings = Settings.LoadDefaultSettings(settings.WorkingDirectory);
        var configured = new PackageSourceProvider(nugetSettings).LoadPackageSources().ToList();
        var feed = settings.Feed;

        PackageSource source;
        if (Uri.TryCreate(feed, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            // Given as a URL, it was asked for explicitly, plain HTTP included; NuGet.Config may still hold its credentials.
            source = configured.FirstOrDefault(s => string.Equals(s.Source.TrimEnd('/'), feed.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
                ?? new PackageSource(feed) { AllowInsecureConnections = true };
        }
        else if (configured.FirstOrDefault(s => string.Equals(s.Name, feed, StringComparison.OrdinalIgnoreCase)) is { } named)
        {
            source = named;
        }
        else
        {
            source = new PackageSource(Folder(settings, configured, uri));
        }

        if (source.Credentials is { IsPasswordClearText: true } credentials)
        {
            SecretMasker.Add(credentials.PasswordText);
        }

        var apiKey = settings.ApiKey ?? ConfiguredApiKey(nugetSettings, source);
        SecretMasker.Add(apiKey);
        return new NuGetSource(source, apiKey);
    }

    private static string Folder(FeedSettings settings, List<PackageSource> configured, Uri? uri)
    {
        var feed = settings.Feed;
        var path = uri is { IsFile: true } ? uri.LocalPath : Path.GetFullPath(Path.Combine(settings.WorkingDirectory, feed));
        var looksLikeAName = uri is null && !feed.Contains('/', StringComparison.Ordinal) && !feed.Contains('\\', StringComparison.Ordinal);
        if (looksLikeAName && !Directory.Exists(path))
        {
            var names = configured.Count == 0 ? "none" : string.Join(", ", configured.Select(s => s.Name));
            throw ConfigurationError.Create(
                $"{FeedOptions.Feed}={feed} is not a URL, not a source in NuGet.Config (sources: {names}) and not an existing folder. " +
                $"Give a NuGet v3 service index URL, a source name, or a folder path (./{feed} creates a folder feed).");
        }

        return path;
    }

    private static string? ConfiguredApiKey(ISettings settings, PackageSource source)
    {
        try
        {
            return SettingsUtility.GetDecryptedValueForAddItem(settings, ConfigurationConstants.ApiKeys, source.Source);
        }
        catch (Exception exception) when (exception is PlatformNotSupportedException or NotSupportedException or System.Security.Cryptography.CryptographicException)
        {
            // NuGet.Config API keys are encrypted with Windows DPAPI: elsewhere, MODEL_FEED_API_KEY is the way.
            return null;
        }
    }
}
