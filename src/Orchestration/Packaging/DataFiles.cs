using Orchestration.Pipeline;

namespace Orchestration.Packaging;

/// <summary>The data files a model project declares (<c>data</c> in build.properties: paths or globs).</summary>
internal static class DataFiles
{
    /// <summary>The matched files, relative to the project folder with <c>/</c> separators, sorted by path.</summary>
    public static IReadOnlyList<string> Resolve(string projectDirectory, IReadOnlyList<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        var files = patterns
            .SelectMany(pattern => GlobPattern.Parse(projectDirectory, pattern).Files())
            .Select(file => Path.GetRelativePath(projectDirectory, file).Replace('\\', '/'))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        return files.Count > 0
            ? files
            : throw ConfigurationError.Create(
                $"build.properties: data={string.Join(',', patterns)} matches no file in {projectDirectory}. " +
                "Set `data` to the training data's path or glob, relative to the project folder (default data/**).");
    }
}
