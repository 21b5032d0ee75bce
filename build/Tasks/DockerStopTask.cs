using Cake.Frosting;
using Orchestration.Docker;
using Orchestration.MachineServices.Engine;

namespace Build.Tasks;

[TaskName("DockerStop")]
[TaskDescription("Stops this workspace's private Docker engine (with its containers) and registry under .work/; nothing else.")]
public sealed class DockerStopTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context) => WorkspaceDockerServices.Stop(context, context.Paths.Work, context.Cancellation);
}
