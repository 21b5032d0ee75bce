using Orchestration.Configuration;

namespace Orchestration.Publishing;

/// <summary>What a feed has of a model, in words, for the message that refuses a version it does not have.</summary>
internal static class FeedHoldings
{
    /// <summary>"the folder does not exist", "it has no version of NAME" or "it has only 1.1, 1.2".</summary>
    public static string Describe(IModelFeed feed, string name, IReadOnlyList<ModelIdentity> published)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(published);
        return Path.IsPathFullyQualified(feed.Location) && !Directory.Exists(feed.Location) ? "the folder does not exist"
            : published.Count == 0 ? $"it has no version of {name}"
            : "it has only " + string.Join(", ", published.Select(version => version.Version));
    }
}
