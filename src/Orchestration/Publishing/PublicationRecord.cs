using Orchestration.Packaging;
using Orchestration.Configuration;

namespace Orchestration.Publishing;

/// <summary>Where a model package was published (or found already published, unchanged).</summary>
public sealed record PublicationRecord
{
    public required ModelIdentity Identity { get; init; }

    /// <summary>The feed as configured: a folder, a NuGet service index URL or source name, or a Maven repository URL.</summary>
    public required string Feed { get; init; }

    /// <summary><c>nuget</c> or <c>maven</c>.</summary>
    public required ModelFeedType FeedType { get; init; }

    /// <summary>The Maven groupId the model was published under (<c>--maven-group-id</c>); DockerBuild reads the model back from there.</summary>
    public string MavenGroupId { get; init; } = FeedSettings.DefaultMavenGroupId;

    /// <summary>The longest one feed request could take when publishing (<c>--feed-timeout</c>); DockerBuild's download keeps it.</summary>
    public TimeSpan FeedTimeout { get; init; } = FeedSettings.DefaultRequestTimeout;

    /// <summary>True when the same content was already in the feed and nothing was uploaded.</summary>
    public required bool AlreadyPublished { get; init; }

    public required string ModelSha256 { get; init; }

    /// <summary>The inputs fingerprint of the published model (absent for packages made before fingerprints).</summary>
    public string? InputsSha256 { get; init; }

    /// <summary>The commit this run built. When the model was already published, it is recorded here, not in the immutable package.</summary>
    public string? Commit { get; init; }

    /// <summary>The commit the published package was built at: an earlier one when this run found it already published.</summary>
    public string? BuiltAtCommit { get; init; }

    /// <summary>The CI build that made the published package, if it was made by one.</summary>
    public CiBuild? BuiltBy { get; init; }

    public required DateTimeOffset PublishedAt { get; init; }
}
