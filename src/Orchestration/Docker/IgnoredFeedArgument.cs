using Cake.Common.Diagnostics;
using Cake.Core;
using Orchestration.Publishing;

namespace Orchestration.Docker;

/// <summary>
/// DockerBuild resolves the model from the feed Publish recorded, so the image holds exactly what was published;
/// a <c>--feed</c> given to it (say with <c>--exclusive</c>) cannot change that, and when it names another feed
/// the build says that it is ignored, and why.
/// </summary>
public static class IgnoredFeedArgument
{
    /// <param name="requested">The <c>--feed</c> of this run (or <c>MODEL_FEED</c>); null or empty when none was given.</param>
    /// <param name="publication">What Publish recorded.</param>
    /// <param name="root">The folder a relative feed path is relative to.</param>
    public static void WarnIfIgnored(ICakeContext context, string? requested, PublicationRecord publication, string root)
    {
        ArgumentNullException.ThrowIfNull(publication);
        if (string.IsNullOrEmpty(requested) || SameFeed(requested, publication.Feed, root))
        {
            return;
        }

        context.Warning(
            "The feed given to this run ({0}) is ignored: DockerBuild resolves the model from the feed Publish recorded ({1}), " +
            "so the image holds exactly what was published. To build from {0}, run Publish with that feed first.",
            requested, publication.Feed);
    }

    private static bool SameFeed(string requested, string recorded, string root) =>
        string.Equals(Normalize(requested, root), Normalize(recorded, root), StringComparison.Ordinal);

    /// <summary>A URL compared without its case or trailing slash; a folder (or file:// URL) as its full path.</summary>
    private static string Normalize(string feed, string root) =>
        Uri.TryCreate(feed, UriKind.Absolute, out var uri) && !uri.IsFile
            ? feed.TrimEnd('/').ToUpperInvariant()
            : Path.TrimEndingDirectorySeparator(Path.GetFullPath(uri is { IsFile: true } ? uri.LocalPath : feed, root));
}
