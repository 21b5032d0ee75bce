using Cake.Frosting;

namespace Build.Tasks;

// PLACEHOLDER so that Plan can depend on DockerPush on the deploy branch. The Docker stage's branch
// brings the real task (same file name and class name): take theirs when merging.
[TaskName("DockerPush")]
[TaskDescription("Placeholder: the Docker stage's task replaces it.")]
public sealed class DockerPushTask : FrostingTask<BuildContext>
{
}
