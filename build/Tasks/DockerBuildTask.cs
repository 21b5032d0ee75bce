using Cake.Common;
using Cake.Frosting;
using Orchestration.Docker;
using Orchestration.Pipeline;

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
        var engine = DockerEngines.Connect(context, context.EnvironmentVariable(DockerHost.Variable), context.Paths.Work);
        var inputs = new DockerBuildInputs
        {
            Checkout = checkout,
            Model = model,
            Publication = publication,
            Engine = engine,
            WorkDirectory = context.Paths.Work,
            BaseImage = Options.Get(context, "base-image", "DOCKER_BASE_IMAGE"),
        };

        var resolver = ModelResolution.CreateResolver(context, publication);
        context.Image.Set(await DockerBuildStage.RunAsync(context, resolver, inputs, CancellationToken.None).ConfigureAwait(false));
    }
}
