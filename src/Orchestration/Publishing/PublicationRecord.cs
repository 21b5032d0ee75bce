namespace Orchestration.Publishing;

/// <summary>Where a model package was published (or found already published, unchanged).</summary>
public sealed record PublicationRecord
{
    public required string Identity { get; init; }

    /// <summary>The feed as configured: a folder, a NuGet service index URL or source name, or a Maven repository URL.</summary>
    public required string Feed { get; init; }

    /// <summary><c>nuget</c> or <c>maven</c>.</summary>
    public required string FeedType { get; init; }

    /// <summary>True when the same content was already in the feed and nothing was uploaded.</summary>
    public required bool AlreadyPublished { get; init; }

    public required string ModelSha256 { get; init; }

    public required DateTimeOffset PublishedAt { get; init; }
}
