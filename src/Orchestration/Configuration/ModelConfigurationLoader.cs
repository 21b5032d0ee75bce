using Orchestration.Pipeline;

namespace Orchestration.Configuration;

/// <summary>Reads a model project's build.properties and resolves it with its overrides.</summary>
public static class ModelConfigurationLoader
{
    public const string FileName = "build.properties";

    /// <param name="projectDirectory">The project folder on disk.</param>
    /// <param name="projectDisplay">The project folder as the reader knows it (relative to the repository root).</param>
    /// <param name="overrides">Arguments and environment variables.</param>
    public static ResolvedConfiguration Load(string projectDirectory, string projectDisplay, ConfigurationOverrides overrides)
    {
        var path = Path.Combine(projectDirectory, FileName);
        var display = projectDisplay == "." ? FileName : $"{projectDisplay}/{FileName}";
        if (!File.Exists(path))
        {
            throw ConfigurationError.Create(
                $"{display} does not exist: every model project has one, with the keys {ConfigurationKeys.Listed}. Check --project-dir.");
        }

        if (SymbolicLinks.EscapeFrom(projectDirectory, FileName) is { } escape)
        {
            throw ConfigurationError.Create($"{display} cannot be read: {escape}. Commit the file itself, not a link to it.");
        }

        var file = PropertiesFile.Parse(display, PropertiesText.Decode(display, File.ReadAllBytes(path)));
        return new ConfigurationResolver(file, overrides, projectDirectory, projectDisplay).Resolve();
    }
}
