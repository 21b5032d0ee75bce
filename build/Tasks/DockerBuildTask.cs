using Cake.Common;
using Cake.Frosting;
using Orchestration.Docker;
using Orchestration.MachineServices.Engine;
using Orchestration.Pipeline;
using Orchestration.Publishing;
using Orchestration.Tools.Docker;

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
        var engine = await DockerEngines.ConnectAsync(context, context.EnvironmentVariable(DockerHost.Variable), context.Paths.Work, context.Cancellation).ConfigureAwait(false);
        var inputs = new DockerBuildInputs
        {
            Checkout = checkout,
            Model = model,
            Publication = publication,
            Engine = engine,
            WorkDirectory = context.Paths.Work,
            BaseImage = Options.Get(context, "base-image", "DOCKER_BASE_IMAGE"),
            Registry = Options.Get(context, "registry", "DOCKER_REGISTRY"),
            RegistryUsername = context.EnvironmentVariable("DOCKER_REGISTRY_USERNAME"),
            RegistryPassword = context.EnvironmentVariable("DOCKER_REGISTRY_PASSWORD"),
            SourceDateEpoch = context.EnvironmentVariable("SOURCE_DATE_EPOCH"),
        };

        var feed = FeedOptions.Create(
            context,
            publication.Feed,
            publication.FeedType,
            Options.Get(context, "maven-group-id", "MODEL_FEED_MAVEN_GROUP_ID", FeedSettings.DefaultMavenGroupId)!);
        var resolver = ModelFeeds.CreateResolver(context, feed);
        context.Image.Set(await DockerBuildStage.RunAsync(context, resolver, inputs, context.Cancellation).ConfigureAwait(false));
    }
}
