using Orchestration.Publishing;

namespace Build;

/// <summary>
/// Where the Docker stage gets the published model from: the one place to wire the Publish stage's
/// resolver (<c>ModelFeeds.CreateResolver</c>) in. DockerBuild uses nothing else of the feeds.
/// </summary>
public static class ModelResolution
{
    public static Func<BuildContext, PublicationRecord, IModelResolver> CreateResolver { get; set; } = (_, publication) =>
        throw new InvalidOperationException(
            $"No model resolver is wired for {publication.FeedType} feeds: set Build.ModelResolution.CreateResolver to the Publish stage's factory.");
}
