using Cake.Common.Diagnostics;
using Cake.Frosting;
using Orchestration.Docker;
using Orchestration.MachineServices.Engine;

namespace Build.Tasks;

[TaskName("DockerPush")]
[TaskDescription("Pushes the serving image to --registry under both tags and records its digest; does nothing without a registry.")]
[IsDependentOn(typeof(DockerBuildTask))]
public sealed class DockerPushTask : AsyncFrostingTask<BuildContext>
{
    // Not a ShouldRun criterion: Cake fails a run whose target is skipped, and pushing nowhere is not a failure.
    public override async Task RunAsync(BuildContext context)
    {
        var registry = context.Options.Get(DockerOptions.Registry);
        if (string.IsNullOrWhiteSpace(registry))
        {
            context.Information(
                "DockerPush skipped: no registry is configured (--registry=HOST[:PORT][/namespace], --registry=embedded, or DOCKER_REGISTRY). "
                + "The image stays on the engine that built it.");
            return;
        }

        var image = context.Image.Value;
        var engine = await DockerEngines.ReconnectAsync(
            context, image.DockerHost, context.Options.Get(DockerOptions.Host), context.Paths.Work, context.Cancellation).ConfigureAwait(false);
        context.Image.Set(await DockerPushStage.RunAsync(context, new DockerPushInputs
        {
            Image = image,
            Registry = registry.Trim(),
            Engine = engine,
            WorkDirectory = context.Paths.Work,
            Username = context.Options.Get(DockerOptions.RegistryUsername),
            Password = context.Options.Get(DockerOptions.RegistryPassword),
        }, context.Cancellation).ConfigureAwait(false));
    }
}
