using Cake.Common.Diagnostics;
using Cake.Frosting;
using Orchestration.Fingerprint;
using Orchestration.Notebooks;
using Orchestration.PythonEnvironment;

namespace Build.Tasks;

[TaskName("Environment")]
[TaskDescription("Builds (or reuses) the model's Python environment from its requirements.txt / environment.yml, registers its Jupyter kernel, and fingerprints the training inputs.")]
[IsDependentOn(typeof(ConfigureTask))]
public sealed class EnvironmentTask : AsyncFrostingTask<BuildContext>
{
    /// <summary>Not when a published version is deployed (--deploy): nothing is built from the repository.</summary>
    public override bool ShouldRun(BuildContext context) => !context.Deploying;

    public override async Task RunAsync(BuildContext context)
    {
        var checkout = context.Checkout.Value;
        var model = context.Model.Value;
        var spec = EnvironmentSpec.Find(checkout.ProjectDirectory, model.Environment);
        var options = PythonEnvironmentOptions.Bind(context.Options, Path.Combine(context.Paths.Work, "envs"));

        var environment = await new PythonEnvironmentBuilder(context).PrepareAsync(spec, options, context.Cancellation).ConfigureAwait(false);
        context.PythonEnvironment.Set(environment);

        var inputs = new InputsCollector(context).Collect(checkout, model, environment, context.Options.Get(NotebookOptions.JupyterPython), context.Cancellation);
        context.Inputs.Set(inputs);
        context.Information("{0}", inputs.Describe());
    }
}
