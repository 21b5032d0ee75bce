using Orchestration.Configuration;
using Orchestration.Packaging;
using Orchestration.Publishing;
using Orchestration.Publishing.MavenFeeds;

namespace Orchestration.Mlflow;

/// <summary>
/// What a model version's <c>source</c> is. MLflow refuses local paths (<c>file://</c>, a folder feed) unless
/// they lie in the run's artifact folder, so: the package's own URL when the feed is a Maven repository over
/// http(s) (the package is one file at a known path there); otherwise the published package uploaded to
/// the training run's artifacts (<c>package/</c>), or, for a training no run was found for, to the server's
/// artifact store under <c>packages/NAME/VERSION/</c>. The feed itself is always in the version's <c>feed</c> tag.
/// </summary>
internal static class VersionSource
{
    public const string RunFolder = "package";

    /// <summary>The package's http(s) URL in the feed (no credentials), or null when the feed gives no such URL.</summary>
    public static string? InFeed(FeedSettings feed, ModelIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(feed);
        if (feed.Type != ModelFeedType.Maven || !Uri.TryCreate(feed.Feed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var root = RepositoryUrl.WithoutCredentials(feed.Feed).TrimEnd('/');
        return $"{root}/{MavenCoordinates.Of(feed.MavenGroupId, identity).PackagePath}";
    }

    /// <summary><c>RUN_ARTIFACT_URI/package</c>: the folder of the run's artifacts the package is uploaded to.</summary>
    public static string InRun(MlflowRun run) => $"{run.ArtifactUri.TrimEnd('/')}/{RunFolder}";

    /// <summary><c>mlflow-artifacts:/packages/NAME/VERSION</c>: the package's folder in the server's artifact store when there is no run.</summary>
    public static string InArtifactStore(ModelIdentity identity) => $"{ArtifactLocation.Scheme}:/packages/{identity.Name}/{identity.Version}";
}
