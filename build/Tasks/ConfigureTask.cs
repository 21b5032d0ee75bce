using Cake.Frosting;

namespace Build.Tasks;

// PLACEHOLDER on the train branch only, so that Environment can depend on Configure: the Configure
// branch brings the real task, which replaces this file when the branches are merged.
[TaskName("Configure")]
[TaskDescription("Placeholder for the Configure task (reads build.properties), which lives on its own branch.")]
public sealed class ConfigureTask : FrostingTask<BuildContext>
{
}
