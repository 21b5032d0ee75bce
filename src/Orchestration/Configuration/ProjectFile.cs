namespace Orchestration.Configuration;

/// <summary>Paths in build.properties are relative to the model project's folder and stay inside it.</summary>
internal static class ProjectFile
{
    /// <summary>Null when the path is relative and inside the project folder, else why not.</summary>
    public static string? OutsideProblem(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return "is an absolute path; give it relative to the project folder";
        }

        var depth = 0;
        foreach (var part in path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            depth += part switch { ".." => -1, "." => 0, _ => 1 };
            if (depth < 0)
            {
                return "points outside the project folder; give it relative to the project folder, without '..' leading out";
            }
        }

        return null;
    }
}
