using Cake.Frosting;
using Orchestration.Mlflow;
using Orchestration.Notebooks;
using Orchestration.Pipeline;

namespace Build.Tasks;

[TaskName("Train")]
[TaskDescription("Runs the model's notebook unattended with its parameters (papermill-compatible); keeps the executed notebook, the model file and the metrics; tracks the run in MLflow when a tracking URI is given.")]
[IsDependentOn(typeof(EnvironmentTask))]
public sealed class TrainTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var options = new TrainingOptions
        {
            CellTimeout = Options.Duration(context, "cell-timeout", "ORCHESTRATION_CELL_TIMEOUT", TimeSpan.FromSeconds(600)),
            NotebookTimeout = Options.Duration(context, "notebook-timeout", "ORCHESTRATION_NOTEBOOK_TIMEOUT", TimeSpan.FromSeconds(3600)),
            MlflowTrackingUri = Options.Get(context, "mlflow-tracking-uri", "MLFLOW_TRACKING_URI"),
            NotebookEnvironment = NotebookEnvironmentArguments.Parse(context.Arguments.GetArguments("notebook-env")),
            PassEnvironment = PassEnvArguments.Parse(context.Arguments.GetArguments(PassEnvArguments.Argument)),
            JupyterPython = Options.Get(context, "jupyter-python", "ORCHESTRATION_JUPYTER_PYTHON"),
        };

        var model = context.Model.Value;
        var checkout = context.Checkout.Value;
        var record = TrainingTracker.Track(
            context,
            MlflowOptions.Read(context, model.Identity.Name),
            model,
            checkout,
            context.Inputs.Value.Sha256,
            context.Paths,
            mlflowRun => new NotebookTrainer(context).Train(
                checkout.ProjectDirectory, model, context.PythonEnvironment.Value, context.Paths, options with { NotebookEnvironment = options.NotebookEnvironment.Concat(mlflowRun).ToDictionary() }));
        context.Training.Set(record);
    }
}
