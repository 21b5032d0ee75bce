using Cake.Common.Diagnostics;
using Cake.Frosting;
using Orchestration.Mlflow;
using Orchestration.Notebooks;
using Orchestration.Notebooks.Reuse;
using Orchestration.Publishing;

namespace Build.Tasks;

[TaskName("Train")]
[TaskDescription("Runs the model's notebook unattended with its parameters (papermill-compatible), unless an identical earlier run can be reused (--retrain forces a run); keeps the executed notebook, the model file and the metrics; tracks the run in MLflow when a tracking URI is given.")]
[IsDependentOn(typeof(EnvironmentTask))]
public sealed class TrainTask : AsyncFrostingTask<BuildContext>
{
    /// <summary>Not when a published version is deployed (--deploy): nothing is built from the repository.</summary>
    public override bool ShouldRun(BuildContext context) => !context.Deploying;

    public override async Task RunAsync(BuildContext context)
    {
        var options = NotebookOptions.Bind(context.Options);
        var retrain = context.Options.Get(NotebookOptions.Retrain);

        var (project, model, inputs) = (context.Checkout.Value.ProjectDirectory, context.Model.Value, context.Inputs.Value);
        var reuse = new TrainingReuse(context, context.Paths, FeedOptions.Bind(context.Options, FeedOptions.DefaultFeed(context.Paths), context.Paths.Root));
        if (!retrain && await reuse.TryReuseAsync(project, model, inputs, context.Cancellation) is { } reused)
        {
            context.Training.Set(reused);
            return;
        }

        var earlier = retrain ? await reuse.EarlierModelAsync(model.Identity, inputs, context.Cancellation) : null;
        var checkout = context.Checkout.Value;
        var record = await TrainingTracker.TrackAsync(
            context,
            MlflowOptions.Bind(context.Options, model.Identity.Name),
            model,
            checkout,
            inputs.Sha256,
            context.Paths,
            mlflowRun => new NotebookTrainer(context).TrainAsync(
                project,
                model,
                context.PythonEnvironment.Value,
                context.Paths,
                options with { NotebookEnvironment = options.NotebookEnvironment.Concat(mlflowRun).ToDictionary() },
                context.Cancellation),
            context.Cancellation).ConfigureAwait(false);
        record = reuse.Remember(model.Identity, inputs, record);
        if (earlier is { } before && !string.Equals(before.ModelSha256, record.ModelSha256, StringComparison.OrdinalIgnoreCase))
        {
            context.Warning(
                "training is not reproducible: {0} from the same inputs ({1}) gave model SHA-256 {2} in {3}, and {4} now. Fix the notebook's random seeds; Publish refuses a different model under a published version.",
                model.Identity, inputs.ShortSha256, before.ModelSha256, before.Where, record.ModelSha256);
        }

        context.Training.Set(record);
    }
}
