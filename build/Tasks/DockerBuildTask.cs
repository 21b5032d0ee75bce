using Cake.Common.Diagnostics;
using Cake.Frosting;
using Orchestration.Docker;
using Orchestration.MachineServices.Engine;
using Orchestration.Publishing;

namespace Build.Tasks;

[TaskName("DockerBuild")]
[TaskDescription("Builds the serving image around the published model (from the feed, SHA-256 checked), tagged and labelled.")]
[IsDependentOn(typeof(PublishTask))]
public sealed class DockerBuildTask : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var checkout = context.Checkout.Value;
        var model = context.Model.Value;
        var publication = context.Publication.Value;
        var engine = await DockerEngines.ConnectAsync(context, context.Options.Get(DockerOptions.Host), context.Paths.Work, context.Cancellation).ConfigureAwait(false);
        var inputs = new DockerBuildInputs
        {
            Checkout = checkout,
            Model = model,
            Publication = publication,
            Engine = engine,
            WorkDirectory = context.Paths.Work,
            BaseImage = context.Options.Get(DockerOptions.BaseImage),
            Registry = context.Options.Get(DockerOptions.Registry),
            RegistryUsername = context.Options.Get(DockerOptions.RegistryUsername),
            RegistryPassword = context.Options.Get(DockerOptions.RegistryPassword),
            SourceDateEpoch = context.Options.Get(DockerOptions.SourceDateEpoch),
        };

        // The image holds exactly what Publish recorded; a feed given now (say with --exclusive) cannot change that.
        if (context.Options.Get(FeedOptions.Feed) is { Length: > 0 } requested && !SameFeed(requested, publication.Feed, context.Paths.Root))
        {
            context.Warning(
                "The feed given to this run ({0}) is ignored: DockerBuild resolves the model from the feed Publish recorded ({1}), " +
                "so the image holds exactly what was published. To build from {0}, run Publish with that feed first.",
                requested, publication.Feed);
        }

        var resolver = ModelFeeds.CreateResolver(context, FeedOptions.Of(publication, context.Options, context.Paths.Root));
        context.Image.Set(await DockerBuildStage.RunAsync(context, resolver, inputs, context.Cancellation).ConfigureAwait(false));
    }

    private static bool SameFeed(string requested, string recorded, string root) =>
        Uri.TryCreate(requested, UriKind.Absolute, out var uri) && !uri.IsFile
            ? string.Equals(requested.TrimEnd('/'), recorded.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
            : string.Equals(Path.GetFullPath(requested, root).TrimEnd('/'), Path.GetFullPath(recorded, root).TrimEnd('/'), StringComparison.Ordinal);
}
