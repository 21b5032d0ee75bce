using Orchestration.Docker;
using Orchestration.Docker.Image;

namespace Orchestration.Tests.Docker;

public sealed class PreparingTheBuildContext : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("orchestration-docker-context-").FullName;

    [Fact]
    public void The_project_is_copied_without_data_models_notebooks_and_caches_and_the_model_added()
    {
        var project = Path.Combine(root, "project");
        Write(project, "Dockerfile", "serve.py", "requirements.txt", "train.ipynb", "data/train.csv", "models/old.joblib",
            "notebooks/explore.py", ".git/HEAD", "src/models/linear.py", "src/__pycache__/x.pyc", ".ipynb_checkpoints/t.ipynb", ".dockerignore");
        var model = Path.Combine(root, "feed", "salary.joblib");
        Write(Path.GetDirectoryName(model)!, "salary.joblib");
        var context = Path.Combine(root, "context");
        Write(context, "stale-from-last-run");

        var modelPath = BuildContextFolder.Prepare(project, context, model, "salary-regression.2.7");

        Assert.Equal("model/salary-regression.2.7.joblib", modelPath);
        Assert.Equal(
            [".dockerignore", "Dockerfile", "model/salary-regression.2.7.joblib", "requirements.txt", "serve.py", "src/models/linear.py"],
            Directory.GetFiles(context, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(context, f)).Order(StringComparer.Ordinal));
        Assert.Equal("salary.joblib", File.ReadAllText(Path.Combine(context, "model", "salary-regression.2.7.joblib")));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static void Write(string directory, params string[] files)
    {
        foreach (var file in files)
        {
            var path = Path.Combine(directory, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Path.GetFileName(file));
        }
    }
}
