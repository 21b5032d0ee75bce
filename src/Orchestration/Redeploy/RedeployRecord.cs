using Orchestration.Configuration;
using Orchestration.Publishing;

namespace Orchestration.Redeploy;

/// <summary>A published version chosen with <c>--deploy</c>, resolved from its feed and checked (the Deploy record).</summary>
public sealed record RedeployRecord
{
    /// <summary>What <c>--deploy</c> said: an identity, or <c>previous</c>.</summary>
    public required string Requested { get; init; }

    public required ModelIdentity Identity { get; init; }

    public required string Environment { get; init; }

    /// <summary>The feed it was resolved from (a folder, a NuGet source or a Maven repository), without credentials.</summary>
    public required string Feed { get; init; }

    public required ModelFeedType FeedType { get; init; }

    public string MavenGroupId { get; init; } = FeedSettings.DefaultMavenGroupId;

    public TimeSpan FeedTimeout { get; init; } = FeedSettings.DefaultRequestTimeout;

    /// <summary>The model's SHA-256, checked against the package's provenance.</summary>
    public required string ModelSha256 { get; init; }

    /// <summary>The package's <c>provenance.json</c>, downloaded under <c>.work/deploy/&lt;identity&gt;/</c>.</summary>
    public required string ProvenanceFile { get; init; }

    /// <summary>The commit the model was trained at (its provenance).</summary>
    public required string Commit { get; init; }

    /// <summary>The promotion gate the model passed when it was published, if one was asked for.</summary>
    public string? Promotion { get; init; }
}
