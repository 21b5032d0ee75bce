namespace Orchestration.Docker.Image;

/// <summary>
/// The serving image's build context: the model project's folder without what serving does not need
/// (training data, the workspace's own models, notebooks, caches, VCS and build folders), plus the
/// published model at <c>model/&lt;identity&gt;&lt;extension&gt;</c>.
/// </summary>
internal static class BuildContextFolder
{
    /// <summary>Left out at the top of the project only: a <c>src/models/</c> package may be serving code.</summary>
    private static readonly string[] TopLevelExclusions = ["data", "models", "notebooks", ".work", "artifacts"];

    private static readonly string[] Exclusions = [".git", "__pycache__", ".ipynb_checkpoints", ".venv", "venv", ".mypy_cache", ".pytest_cache", "node_modules"];

    /// <summary>Fills <paramref name="contextDirectory"/> afresh; returns the model's path inside it, with '/' separators.</summary>
    public static string Prepare(string projectDirectory, string contextDirectory, string modelFile, string modelName)
    {
        if (Directory.Exists(contextDirectory))
        {
            Directory.Delete(contextDirectory, recursive: true);
        }

        Copy(new DirectoryInfo(projectDirectory), contextDirectory, topLevel: true);
        var modelPath = "model/" + modelName + Path.GetExtension(modelFile);
        var target = Path.Combine(contextDirectory, "model", modelName + Path.GetExtension(modelFile));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(modelFile, target, overwrite: true);
        return modelPath;
    }

    private static void Copy(DirectoryInfo source, string target, bool topLevel)
    {
        Directory.CreateDirectory(target);
        foreach (var file in source.EnumerateFiles())
        {
            if (!file.Name.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase))
            {
                file.CopyTo(Path.Combine(target, file.Name));
            }
        }

        foreach (var directory in source.EnumerateDirectories())
        {
            var excluded = Exclusions.Contains(directory.Name) || (topLevel && TopLevelExclusions.Contains(directory.Name));
            if (!excluded)
            {
                Copy(directory, Path.Combine(target, directory.Name), topLevel: false);
            }
        }
    }
}
