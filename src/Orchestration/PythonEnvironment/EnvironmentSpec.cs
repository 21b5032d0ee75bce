using Orchestration.Pipeline;

namespace Orchestration.PythonEnvironment;

/// <summary>The file a model project's Python environment is made from.</summary>
public sealed record EnvironmentSpec(string ProjectDirectory, string RelativePath, EnvironmentSpecKind Kind)
{
    public string FullPath => Path.GetFullPath(Path.Combine(ProjectDirectory, RelativePath));

    /// <summary>The spec at <paramref name="relativePath"/> (environment in build.properties), its kind told by its name.</summary>
    public static EnvironmentSpec Find(string projectDirectory, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var kind = Path.GetExtension(relativePath).ToLowerInvariant() switch
        {
            ".txt" => EnvironmentSpecKind.Requirements,
            ".yml" or ".yaml" => EnvironmentSpecKind.Conda,
            _ => throw ConfigurationError.Create(
                $"environment = {relativePath} (build.properties): expected a pip requirements file (requirements.txt) or a conda environment file (environment.yml)."),
        };
        var spec = new EnvironmentSpec(projectDirectory, relativePath, kind);
        return File.Exists(spec.FullPath)
            ? spec
            : throw ConfigurationError.Create(
                $"environment = {relativePath} (build.properties): {spec.FullPath} does not exist. Add it to the model project or correct the setting.");
    }
}
