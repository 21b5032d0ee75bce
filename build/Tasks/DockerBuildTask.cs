using Cake.Frosting;
using Orchestration.Checkout;
using Orchestration.Configuration;
using Orchestration.Docker;
using Orchestration.MachineServices.Engine;
using Orchestration.Publishing;
using Orchestration.Redeploy;

namespace Build.Tasks;

[TaskName("DockerBuild")]
[TaskDescription("Builds the serving image around the published model (from the feed, SHA-256 checked), tagged and labelled; with --deploy, of that published version, reusing its image.")]
[IsDependentOn(typeof(PublishTask))]
public sealed class DockerBuildTask : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        if (context.Deploying)
        {
            await DeployPublishedAsync(context).ConfigureAwait(false);
            return;
        }

        var publication = context.Publication.Value;
        var engine = await DockerEngines.ConnectAsync(context, context.Options.Get(DockerOptions.Host), context.Paths.Work, context.Cancellation).ConfigureAwait(false);

        IgnoredFeedArgument.WarnIfIgnored(context, context.Options.Get(FeedOptions.Feed), publication, context.Paths.Root);

        context.Image.Set(await BuildAsync(context, Inputs(context, context.Checkout.Value, context.Model.Value, publication, engine)).ConfigureAwait(false));
    }

    /// <summary>--deploy: a new run starts here, from a version in the feed; its image is reused when the engine has it.</summary>
    private static async Task DeployPublishedAsync(BuildContext context)
    {
        context.Records.StartRun();
        var published = await RedeployStage.ResolveAsync(context, context.Options, context.Paths, context.Cancellation).ConfigureAwait(false);
        context.Records.Identify(published.Identity);
        context.Redeploy.Set(published);

        var engine = await DockerEngines.ConnectAsync(context, context.Options.Get(DockerOptions.Host), context.Paths.Work, context.Cancellation).ConfigureAwait(false);
        if (RedeployStage.ReuseImage(context, published, engine, context.Cancellation) is { } reused)
        {
            context.Image.Set(reused);
            return;
        }

        var (checkout, model, publication) = RedeployStage.ServingSourceOf(context, published, context.Paths, context.Cancellation);
        context.Image.Set(await BuildAsync(context, Inputs(context, checkout, model, publication, engine)).ConfigureAwait(false));
    }

    private static async Task<ImageRecord> BuildAsync(BuildContext context, DockerBuildInputs inputs)
    {
        var resolver = ModelFeeds.CreateResolver(context, FeedOptions.Of(inputs.Publication, context.Options, context.Paths.Root));
        try
        {
            return await DockerBuildStage.RunAsync(context, resolver, inputs, context.Cancellation).ConfigureAwait(false);
        }
        finally
        {
            (resolver as IDisposable)?.Dispose();
        }
    }

    private static DockerBuildInputs Inputs(BuildContext context, CheckoutRecord checkout, ModelConfiguration model, PublicationRecord publication, DockerEngine engine) => new()
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
}
