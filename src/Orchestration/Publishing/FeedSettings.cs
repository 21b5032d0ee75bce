using System.Text;

namespace Orchestration.Publishing;

/// <summary>Where and how to publish or resolve models. Its text form never shows the credentials.</summary>
public sealed record FeedSettings
{
    public const string DefaultMavenGroupId = "models";

    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromMinutes(10);

    /// <summary>A folder, a NuGet service index URL or NuGet.Config source name, or a Maven repository URL.</summary>
    public required string Feed { get; init; }

    public ModelFeedType Type { get; init; } = ModelFeedType.NuGet;

    public string MavenGroupId { get; init; } = DefaultMavenGroupId;

    /// <summary>For NuGet servers (X-NuGet-ApiKey); from MODEL_FEED_API_KEY, else NuGet.Config.</summary>
    public string? ApiKey { get; init; }

    /// <summary>For Maven repositories (basic authentication).</summary>
    public string? Username { get; init; }

    public string? Password { get; init; }

    /// <summary>The longest one request may take (an upload of a large model is one request).</summary>
    public TimeSpan RequestTimeout { get; init; } = DefaultRequestTimeout;

    public RetryPolicy Retry { get; init; } = RetryPolicy.Default;

    /// <summary>Relative folder feeds and NuGet.Config files are found from here.</summary>
    public required string WorkingDirectory { get; init; }

    /// <summary>
    /// Where a NuGet package downloaded during the build is kept for the rest of it, so that each is downloaded once
    /// (<c>.work/downloads</c> when bound from the options); null: nothing is kept, each request downloads.
    /// </summary>
    public string? DownloadsDirectory { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Feed = {Feed}, Type = {Type.Name()}, MavenGroupId = {MavenGroupId}, WorkingDirectory = {WorkingDirectory}");
        return true;
    }
}
