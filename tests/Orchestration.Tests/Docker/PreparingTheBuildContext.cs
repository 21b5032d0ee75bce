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

    [Fact]
    public void A_committed_link_to_a_file_outside_the_project_is_refused_not_copied_into_the_image()
    {
        var project = Path.Combine(root, "project");
        Write(project, "Dockerfile");
        File.CreateSymbolicLink(Path.Combine(project, "serve.py"), "/etc/shadow");
        var model = Path.Combine(root, "salary.joblib");
        Write(root, "salary.joblib");

        var refusal = Assert.Throws<Cake.Core.CakeException>(() => BuildContextFolder.Prepare(project, Path.Combine(root, "context"), model, "salary-regression.2.7"));

        Assert.Equal(2, refusal.ExitCode);
        Assert.Contains("serve.py is a symbolic link to /etc/shadow, outside the project folder", refusal.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(root, "context", "serve.py")));
    }

    [Fact]
    public void A_link_inside_the_project_is_copied_as_its_content()
    {
        var project = Path.Combine(root, "project");
        Write(project, "Dockerfile", "app/serve.py");
        File.CreateSymbolicLink(Path.Combine(project, "serve.py"), "app/serve.py");
        var model = Path.Combine(root, "salary.joblib");
        Write(root, "salary.joblib");

        BuildContextFolder.Prepare(project, Path.Combine(root, "context"), model, "salary-regression.2.7");

        Assert.Equal("serve.py", File.ReadAllText(Path.Combine(root, "context", "serve.py")));
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
