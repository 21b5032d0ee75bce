using Cake.Core;
using Orchestration.Publishing.MavenFeeds;
using Orchestration.Publishing.NuGetFeeds;

namespace Orchestration.Publishing;

/// <summary>Opens the model feed the options name, and the resolver the Docker stage downloads models with.</summary>
public static class ModelFeeds
{
    public static IModelFeed Open(ICakeContext context, FeedSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Type == ModelFeedType.Maven
            ? MavenFeed.Open(settings, context.Log)
            : new NuGetFeed(settings, context.Log);
    }

    /// <summary>A resolver for the feed the options name (<see cref="FeedOptions.Bind"/>).</summary>
    public static IModelResolver CreateResolver(ICakeContext context, FeedSettings settings) => new ModelResolver(Open(context, settings));

    /// <summary>
    /// A resolver for <paramref name="feed"/> (a folder, a NuGet service index URL or NuGet.Config source
    /// name, or a Maven repository URL) of type <c>nuget</c> or <c>maven</c>, with no credentials but NuGet.Config's.
    /// </summary>
    public static IModelResolver CreateResolver(ICakeContext context, string feed, string feedType = "nuget", string mavenGroupId = FeedSettings.DefaultMavenGroupId)
    {
        ArgumentNullException.ThrowIfNull(context);
        return CreateResolver(context, new FeedSettings
        {
            Feed = feed,
            Type = ModelFeedTypes.Parse(feedType),
            MavenGroupId = mavenGroupId,
            WorkingDirectory = context.Environment.WorkingDirectory.FullPath,
        });
    }
}
