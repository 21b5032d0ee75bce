namespace Orchestration.Configuration;

/// <summary>
/// Follows symbolic links the way the kernel does, so that a path the build reads or writes in the model
/// project is judged by where it really leads: a committed link (<c>data/x.csv</c> → <c>/etc/shadow</c>,
/// <c>models</c> → a folder elsewhere) must not take the build out of the project folder.
/// </summary>
internal static class SymbolicLinks
{
    private const int MaxLinks = 40; // the kernel's limit (ELOOP)

    /// <summary>
    /// Null when <paramref name="relativePath"/> stays inside <paramref name="projectDirectory"/> with every link on
    /// the way followed (parts that do not exist yet are fine); else which link leads out, and where.
    /// </summary>
    public static string? EscapeFrom(string projectDirectory, string relativePath)
    {
        var root = Resolve(Path.GetFullPath(projectDirectory));
        var current = root;
        var walked = new List<string>();
        foreach (var part in Split(relativePath))
        {
            walked.Add(part);
            var next = part == ".." ? Parent(current) : Path.Join(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            current = Resolve(Path.IsPathRooted(target) ? target : Path.Join(current, target));
            if (!IsInside(current, root))
            {
                var link = string.Join('/', walked);
                var realTarget = current == target ? string.Empty : $" (that is {current})";
                return $"{link} is a symbolic link to {target}{realTarget}, outside the project folder";
            }
        }

        return IsInside(current, root) ? null : $"{relativePath} leads to {current}, outside the project folder";
    }

    /// <summary>An absolute path with every symbolic link in it followed.</summary>
    public static string Resolve(string absolutePath)
    {
        var hops = 0;
        return Resolve(absolutePath, ref hops);
    }

    private static string Resolve(string absolutePath, ref int hops)
    {
        var current = Path.GetPathRoot(absolutePath) ?? "/";
        foreach (var part in Split(absolutePath[current.Length..]))
        {
            var next = part == ".." ? Parent(current) : Path.Join(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++hops > MaxLinks)
            {
                throw new IOException($"Too many levels of symbolic links at {next}.");
            }

            current = Resolve(Path.IsPathRooted(target) ? target : Path.Join(current, target), ref hops);
        }

        return current;
    }

    private static IEnumerable<string> Split(string path) =>
        path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).Where(part => part != ".");

    private static string Parent(string path) => Path.GetDirectoryName(path) ?? path;

    private static bool IsInside(string path, string root) =>
        path == root || path.StartsWith(root.EndsWith('/') ? root : root + "/", StringComparison.Ordinal);
}
