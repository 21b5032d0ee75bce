using Orchestration.Configuration;
using Orchestration.Pipeline;

namespace Orchestration.Notebooks.Reuse;

/// <summary>Where a training run's outputs belong: the model at <c>model.path</c> in the project, the notebook and HTML under artifacts/notebooks/.</summary>
internal sealed record TrainingDestination(ModelIdentity Identity, string ModelFile, string ExecutedNotebook, string HtmlReport)
{
    public static TrainingDestination For(string projectDirectory, ModelConfiguration model, WorkspacePaths paths)
    {
        var run = TrainingRun.For(paths, model.Identity, model.Notebook, model.ModelPath);
        return new TrainingDestination(
            model.Identity,
            Path.GetFullPath(Path.Combine(projectDirectory, model.ModelPath)),
            run.ExecutedNotebook,
            run.HtmlReport);
    }
}
