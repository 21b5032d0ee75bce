using Cake.Common.Diagnostics;
using Cake.Frosting;
using Orchestration.Fingerprint;
using Orchestration.Pipeline;
using Orchestration.PythonEnvironment;

namespace Build.Tasks;

[TaskName("Environment")]
[TaskDescription("Builds (or reuses) the model's Python environment from its requirements.txt / environment.yml, registers its Jupyter kernel, and fingerprints the training inputs.")]
[IsDependentOn(typeof(ConfigureTask))]
public sealed class EnvironmentTask : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var checkout = context.Checkout.Value;
        var model = context.Model.Value;
        var spec = EnvironmentSpec.Find(checkout.ProjectDirectory, model.Environment);
        var options = new EnvironmentOptions
        {
            EnvironmentsDirectory = Path.Combine(context.Paths.Work, "envs"),
            Interpreter = Options.Get(context, "python", "ORCHESTRATION_PYTHON"),
            // On by default (offline machines get their packages from Debian); --system-site-packages=false isolates.
            SystemSitePackages = Options.Get(context, "system-site-packages", "ORCHESTRATION_SYSTEM_SITE_PACKAGES") is null
                || Options.Flag(context, "system-site-packages", "ORCHESTRATION_SYSTEM_SITE_PACKAGES"),
        };

        var environment = await new PythonEnvironmentBuilder(context).PrepareAsync(spec, options, context.Cancellation).ConfigureAwait(false);
        context.PythonEnvironment.Set(environment);

        var inputs = new InputsCollector(context).Collect(checkout, model, environment, Options.Get(context, "jupyter-python", "ORCHESTRATION_JUPYTER_PYTHON"), context.Cancellation);
        context.Inputs.Set(inputs);
        context.Information("{0}", inputs.Describe());
    }
}
