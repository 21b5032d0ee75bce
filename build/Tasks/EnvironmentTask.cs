using Cake.Frosting;
using Orchestration.Pipeline;
using Orchestration.PythonEnvironment;

namespace Build.Tasks;

[TaskName("Environment")]
[TaskDescription("Builds (or reuses) the model's Python environment from its requirements.txt / environment.yml and registers its Jupyter kernel.")]
[IsDependentOn(typeof(ConfigureTask))]
public sealed class EnvironmentTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var spec = EnvironmentSpec.Find(context.Checkout.Value.ProjectDirectory, context.Model.Value.Environment);
        var options = new EnvironmentOptions
        {
            EnvironmentsDirectory = Path.Combine(context.Paths.Work, "envs"),
            Interpreter = Options.Get(context, "python", "ORCHESTRATION_PYTHON"),
            // On by default (offline machines get their packages from Debian); --system-site-packages=false isolates.
            SystemSitePackages = Options.Get(context, "system-site-packages", "ORCHESTRATION_SYSTEM_SITE_PACKAGES") is null
                || Options.Flag(context, "system-site-packages", "ORCHESTRATION_SYSTEM_SITE_PACKAGES"),
        };

        context.PythonEnvironment.Set(new PythonEnvironmentBuilder(context).Prepare(spec, options));
    }
}
