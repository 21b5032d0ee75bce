using Cake.Frosting;

namespace Build.Tasks;

// PLACEHOLDER on the publish branch so PackageTask can depend on it; the Train stage's branch has
// the real task, which the integrator keeps. With this one, Package reads artifacts/records/train.json.
[TaskName("Train")]
[TaskDescription("Runs the notebook (placeholder: the Train stage's branch provides the real task).")]
public sealed class TrainTask : FrostingTask<BuildContext>
{
}
