using Cake.Frosting;

namespace Build.Tasks;

[TaskName("Default")]
[TaskDescription("The pipeline up to a saved, summarised Terraform plan; Apply then needs the plan's approval.")]
[IsDependentOn(typeof(PlanTask))]
public sealed class DefaultTask : FrostingTask
{
}
