using System.Text.Json;
using Cake.Common.Diagnostics;
using Cake.Core;
using Orchestration.Configuration;
using Orchestration.MachineServices.Prerequisites;
using Orchestration.Pipeline;
using Orchestration.PythonEnvironment;
using Orchestration.Tools.Jupyter;

namespace Orchestration.Notebooks;

/// <summary>
/// The Train stage: injects the parameters into the notebook (as papermill does), runs it unattended
/// in the environment's kernel, then checks that it wrote the model file and collects its metrics.
/// The executed notebook and its HTML are kept under artifacts/notebooks/ whether the notebook succeeds or
/// not, and the model under artifacts/models/; a cancelled run moves nothing there (see <see cref="TrainingRun"/>).
/// </summary>
public sealed class NotebookTrainer(ICakeContext context)
{
    public async Task<TrainingRecord> TrainAsync(string projectDirectory, ModelConfiguration model, PythonEnvironmentRecord environment, WorkspacePaths paths, TrainingOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        var notebookPath = Path.GetFullPath(Path.Combine(projectDirectory, model.Notebook));
        if (!File.Exists(notebookPath))
        {
            throw ConfigurationError.Create($"notebook = {model.Notebook} (build.properties): {notebookPath} does not exist.");
        }

        var run = TrainingRun.For(paths, model.Identity, model.Notebook, model.ModelPath);
        run.Start();
        var parameters = ParameterTypes.Guess(model.Parameters);
        Prepare(notebookPath, model.Notebook, parameters, run);
        var modelPath = Path.GetFullPath(Path.Combine(projectDirectory, model.ModelPath));
        // A repository that git-ignores models/ has no such folder in a fresh clone; the notebook's dump would fail.
        Directory.CreateDirectory(Path.GetDirectoryName(modelPath)!);
        var modelFile = ModelFileWatch.Start(modelPath);

        var started = DateTimeOffset.UtcNow;
        var result = await ExecuteAsync(run, notebookPath, environment, options, cancellationToken).ConfigureAwait(false);
        if (!result.Completed)
        {
            var failure = result.Failure ?? new NotebookFailure { Kind = "runner", Message = $"the runner reported status '{result.Status}'" };
            throw new NotebookFailedException(NotebookFailureMessage.Format(failure, model.Notebook, environment.KernelName, run.ExecutedNotebook)) { Kind = failure.Kind };
        }

        if (result.HtmlError is not null)
        {
            throw new NotebookFailedException($"{model.Notebook} ran, but rendering it as HTML failed: {result.HtmlError}. The executed notebook is {run.ExecutedNotebook}.") { Kind = "html" };
        }

        var metrics = CollectMetrics(run, model.Notebook);
        modelFile.RequireWritten(model.ModelPath);
        var keptModel = run.KeepModel(modelFile.Path);
        context.Information("{0}: ran {1} code cells; model file {3} (kept as {4}); executed notebook {5}.", model.Notebook, result.Executed, result.Cells, model.ModelPath, keptModel, run.ExecutedNotebook);
        return new TrainingRecord
        {
            ExecutedNotebook = run.ExecutedNotebook,
            HtmlReport = run.HtmlReport,
            ModelFile = keptModel,
            Parameters = parameters.ToDictionary(p => p.Key, p => JsonSerializer.SerializeToElement(PythonJson.ToJson(p.Value)), StringComparer.Ordinal),
            Metrics = metrics,
            StartedAt = started,
            FinishedAt = DateTimeOffset.UtcNow,
        };
    }

    private void Prepare(string notebookPath, string notebookName, IReadOnlyList<KeyValuePair<string, PythonValue>> parameters, TrainingRun run)
    {
        var notebook = NotebookDocument.Load(notebookPath);
        var placement = ParameterInjector.Inject(notebook, parameters);
        if (placement == InjectionPlacement.AtTopWithoutParametersCell)
        {
            context.Warning(
                "{0} has no cell tagged '{1}': the parameters were injected at the top, where the notebook's own assignments may override them. " +
                "Tag the cell that sets their defaults with '{1}'.", notebookName, ParameterInjector.ParametersTag);
        }

        foreach (var line in ParameterCell.Source(parameters).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            context.Information("Parameter {0}", line);
        }

        notebook.Save(run.InjectedNotebook);
        RunnerScript.WriteTo(run.RunnerScript);
    }

    private async Task<NotebookRunResult> ExecuteAsync(TrainingRun run, string notebookPath, PythonEnvironmentRecord environment, TrainingOptions options, CancellationToken cancellationToken)
    {
        var python = PythonInterpreter.Resolve(context, options.JupyterPython, NotebookOptions.JupyterPython.Flag);
        if (PythonInterpreter.IsDebians(python))
        {
            SystemPackages.Require(context, "The Train stage (notebook runner)", ["python3-nbclient", "python3-nbconvert", "jupyter-nbconvert"], cancellationToken);
        }

        var settings = new NotebookRunSettings
        {
            ToolPath = python,
            Script = run.RunnerScript,
            Input = run.InjectedNotebook,
            Output = run.StagedNotebook,
            Html = run.StagedHtml,
            Result = run.ResultFile,
            Kernel = environment.KernelName,
            KernelDirectory = Path.GetDirectoryName(notebookPath)!,
            CellTimeout = options.CellTimeout,
            NotebookTimeout = options.NotebookTimeout,
        };
        // A last resort: the runner itself stops at the notebook timeout and still saves what ran.
        settings.ToolTimeout = options.NotebookTimeout + settings.KernelStartTimeout + TimeSpan.FromMinutes(5);
        foreach (var name in KernelEnvironment.Withheld(options))
        {
            settings.EnvironmentVariables[name] = null!;
        }

        foreach (var (name, value) in KernelEnvironment.For(environment, run, options))
        {
            settings.EnvironmentVariables[name] = value;
        }

        // Cancelled, the runner and its kernel are stopped before this returns, and nothing is moved into place.
        await context.ExecuteNotebookAsync(settings, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        run.KeepNotebook();
        return File.Exists(run.ResultFile)
            ? JsonSerializer.Deserialize<NotebookRunResult>(File.ReadAllText(run.ResultFile), NotebookRunResult.JsonOptions)!
            : throw new NotebookFailedException($"The notebook runner ended without writing its result file {run.ResultFile}; its output above says why.");
    }

    private Dictionary<string, JsonElement> CollectMetrics(TrainingRun run, string notebookName)
    {
        var metrics = MetricsFile.Read(run.MetricsFile);
        if (metrics is null)
        {
            context.Warning(
                "{0} recorded no metrics: to have them in the training record, write a JSON object to the file named by the environment variable {1}.",
                notebookName, MetricsFile.EnvironmentVariable);
            return [];
        }

        foreach (var (name, value) in metrics)
        {
            context.Information("Metric {0} = {1}", name, value.GetRawText());
        }

        return new Dictionary<string, JsonElement>(metrics, StringComparer.Ordinal);
    }
}
