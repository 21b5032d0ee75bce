using Cake.Common.Diagnostics;
using Cake.Frosting;
using Orchestration.Mlflow;
using Orchestration.Packaging;
using Orchestration.Publishing;

namespace Build.Tasks;

[TaskName("Publish")]
[TaskDescription("Uploads the model package to --feed (NuGet folder or server, or --feed-type=maven); published versions never change. With MLflow, registers the identity as a model version (once).")]
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
        var provenance = ProvenanceJson.ReadFile(package.ProvenanceFile);
        var publication = await ModelPublisher.PublishAsync(feed, package.PackageFile, provenance, context.Cancellation);
        if (publication.AlreadyPublished)
        {
            context.Information("{0} is already in {1}: {2}; nothing uploaded.", publication.Identity, publication.Feed, PublicationLog.Provenance(publication));
        }
        else
        {
            context.Information("Published {0} to {1}.", publication.Identity, publication.Feed);
        }

        publication = publication with { MavenGroupId = settings.MavenGroupId, FeedTimeout = settings.RequestTimeout };
        context.Publication.Set(publication);
        if (MlflowOptions.Bind(context.Options, provenance.Name) is { } mlflow)
        {
            // Also when nothing was uploaded: the version must exist whether or not this run published the package.
            var training = File.Exists(context.Records.PathOf(context.Training.Name)) ? context.Training.Value.Tracking : null;
            await new ModelRegistrar(context, mlflow).RegisterAsync(publication, provenance, package.PackageFile, settings, training, context.Cancellation);
        }
    }
}
