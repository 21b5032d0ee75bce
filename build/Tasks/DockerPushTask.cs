using Cake.Common;
using Cake.Common.Diagnostics;
using Cake.Frosting;
using Orchestration.Docker;
using Orchestration.Pipeline;

namespace Build.Tasks;

[TaskName("DockerPush")]
[TaskDescription("Pushes the serving image to --registry under both tags and records its digest; skipped without a registry.")]
[IsDependentOn(typeof(DockerBuildTask))]
public sealed class DockerPushTask : FrostingTask<BuildContext>
{
    public override bool ShouldRun(BuildContext context)
    {
        if (!string.IsNullOrWhiteSpace(Registry(context)))
        {
            return true;
        }

        context.Information(
            "DockerPush skipped: no registry is configured (--registry=HOST[:PORT][/namespace], --registry=embedded, or DOCKER_REGISTRY). "
            + "The image stays on the engine that built it.");
        return false;
    }

    public override void Run(BuildContext context)
    {
        var image = context.Image.Value;
        var engine = DockerEngines.Reconnect(context, image.DockerHost, context.EnvironmentVariable(DockerHost.Variable), context.Paths.Work);
        context.Image.Set(DockerPushStage.Run(context, new DockerPushInputs
        {
            Image = image,
            Registry = Registry(context)!.Trim(),
            Engine = engine,
            WorkDirectory = context.Paths.Work,
            Username = context.EnvironmentVariable("DOCKER_REGISTRY_USERNAME"),
            Password = context.EnvironmentVariable("DOCKER_REGISTRY_PASSWORD"),
        }));
    }

    private static string? Registry(BuildContext context) => Options.Get(context, "registry", "DOCKER_REGISTRY");
}
