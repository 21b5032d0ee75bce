using Cake.Frosting;

namespace Build.Tasks;

// PLACEHOLDER so that DockerBuild can depend on Publish on the docker branch. The Publish stage's branch
// brings the real task (same file name and class name): take theirs when merging.
[TaskName("Publish")]
[TaskDescription("Placeholder: the Publish stage's task replaces it.")]
public sealed class PublishTask : FrostingTask<BuildContext>
{
}
