using Cake.Common.Diagnostics;
using Cake.Frosting;
using Orchestration.Packaging;
using Orchestration.Publishing;

namespace Build.Tasks;

[TaskName("Publish")]
[TaskDescription("Uploads the model package to --feed (NuGet folder or server, or --feed-type=maven); published versions never change.")]
[IsDependentOn(typeof(PackageTask))]
public sealed class PublishTask : AsyncFrostingTask<BuildContext>
{
    /// <summary>Not when a published version is deployed (--deploy): nothing is built from the repository.</summary>
    public override bool ShouldRun(BuildContext context) => !context.Deploying;

    public override async Task RunAsync(BuildContext context)
    {
        var settings = FeedOptions.Bind(context.Options, FeedOptions.DefaultFeed(context.Paths), context.Paths.Root);
        var package = context.Package.Value;
        using var feed = ModelFeeds.Open(context, settings);

        context.Information("Publishing {0} to {1} ({2} feed)", package.Identity, feed.Location, feed.Type.Name());
        var publication = await ModelPublisher.PublishAsync(feed, package.PackageFile, ProvenanceJson.ReadFile(package.ProvenanceFile), context.Cancellation);
        if (publication.AlreadyPublished)
        {
            context.Information("{0} is already in {1}: {2}; nothing uploaded.", publication.Identity, publication.Feed, PublicationLog.Provenance(publication));
        }
        else
        {
            context.Information("Published {0} to {1}.", publication.Identity, publication.Feed);
        }

        context.Publication.Set(publication with { MavenGroupId = settings.MavenGroupId, FeedTimeout = settings.RequestTimeout });
    }
}
