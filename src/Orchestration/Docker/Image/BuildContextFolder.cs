using Orchestration.Configuration;
using Orchestration.Pipeline;

namespace Orchestration.Docker.Image;

/// <summary>
/// The serving image's build context: the model project's folder without what serving does not need
/// (training data, the workspace's own models, notebooks, caches, VCS and build folders), plus the
/// published model at <c>model/&lt;identity&gt;&lt;extension&gt;</c>. Normalised, so that only content reaches
/// the image: every file and folder gets the same modification time, files mode 644 (755 when executable),
/// folders 755 (COPY keeps modes and times; it makes the owner root whatever it was here).
/// </summary>
internal static class BuildContextFolder
{
    /// <summary>Left out at the top of the project only: a <c>src/models/</c> package may be serving code.</summary>
    private static readonly string[] TopLevelExclusions = ["data", "models", "notebooks", ".work", "artifacts"];

    private static readonly string[] Exclusions = [".git", "__pycache__", ".ipynb_checkpoints", ".venv", "venv", ".mypy_cache", ".pytest_cache", "node_modules"];

    /// <summary>The modification time of everything in the context.</summary>
    public static readonly DateTime Timestamp = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private const UnixFileMode Readable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    private const UnixFileMode Executable = Readable | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    /// <summary>Fills <paramref name="contextDirectory"/> afresh; returns the model's path inside it, with '/' separators.</summary>
    public static string Prepare(string projectDirectory, string contextDirectory, string modelFile, string modelName)
    {
        if (Directory.Exists(contextDirectory))
        {
            Directory.Delete(contextDirectory, recursive: true);
        }

        Copy(projectDirectory, new DirectoryInfo(projectDirectory), contextDirectory, topLevel: true);
        var modelPath = "model/" + modelName + Path.GetExtension(modelFile);
        var target = Path.Combine(contextDirectory, "model", modelName + Path.GetExtension(modelFile));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(modelFile, target, overwrite: true);
        Normalise(new DirectoryInfo(contextDirectory));
        return modelPath;
    }

    /// <summary>True when the file's mode in the context is 755 rather than 644.</summary>
    public static bool IsExecutable(string file) =>
        !OperatingSystem.IsWindows() && (File.GetUnixFileMode(file) & UnixFileMode.UserExecute) != 0;

    private static void Normalise(DirectoryInfo directory)
    {
        foreach (var file in directory.EnumerateFiles())
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file.FullName, IsExecutable(file.FullName) ? Executable : Readable);
            }

            file.LastWriteTimeUtc = Timestamp;
        }

        foreach (var child in directory.EnumerateDirectories())
        {
            Normalise(child);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(directory.FullName, Executable);
        }

        directory.LastWriteTimeUtc = Timestamp;
    }

    private static void Copy(string projectDirectory, DirectoryInfo source, string target, bool topLevel)
    {
        Directory.CreateDirectory(target);
        foreach (var file in source.EnumerateFiles())
        {
            if (!file.Name.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase))
            {
                RefuseLinkLeadingOut(projectDirectory, file);
                file.CopyTo(Path.Combine(target, file.Name));
            }
        }

        foreach (var directory in source.EnumerateDirectories())
        {
            var excluded = Exclusions.Contains(directory.Name) || (topLevel && TopLevelExclusions.Contains(directory.Name));
            if (!excluded)
            {
                RefuseLinkLeadingOut(projectDirectory, directory);
                Copy(projectDirectory, directory, Path.Combine(target, directory.Name), topLevel: false);
            }
        }
    }

    /// <summary>A committed link to a file outside the project (serve.py → /etc/shadow) would put that file in the image.</summary>
    private static void RefuseLinkLeadingOut(string projectDirectory, FileSystemInfo entry)
    {
        if (entry.LinkTarget is not null
            && SymbolicLinks.EscapeFrom(projectDirectory, Path.GetRelativePath(projectDirectory, entry.FullName)) is { } escape)
        {
            throw ConfigurationError.Create($"The image's build context cannot include {entry.FullName}: {escape}. Commit the file or folder itself, not a link to it.");
        }
    }
}
