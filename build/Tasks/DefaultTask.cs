using Cake.Frosting;

namespace Build.Tasks;

[TaskName("Default")]
[TaskDescription("The whole pipeline, up to the last stage that exists.")]
public sealed class DefaultTask : FrostingTask
{
}
