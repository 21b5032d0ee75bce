using System.Text;
using System.Text.RegularExpressions;

namespace Orchestration.Packaging;

/// <summary>
/// A path or glob relative to a folder: <c>*</c> and <c>?</c> match within one path segment,
/// <c>**</c> matches any number of folders. A pattern without wildcards names a file, or a folder
/// and everything under it.
/// </summary>
internal sealed class GlobPattern
{
    private readonly Regex? remainder;

    private GlobPattern(string baseDirectory, Regex? remainder)
    {
        BaseDirectory = baseDirectory;
        this.remainder = remainder;
    }

    /// <summary>The literal folder (or file) the pattern starts from, absolute.</summary>
    public string BaseDirectory { get; }

    public static GlobPattern Parse(string root, string pattern)
    {
        var segments = pattern.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var literal = segments.TakeWhile(segment => segment.IndexOfAny(['*', '?']) < 0).ToArray();
        var prefix = pattern.StartsWith('/') ? "/" : string.Empty;
        var baseDirectory = Path.GetFullPath(Path.Combine(root, prefix + string.Join('/', literal)));
        var rest = segments[literal.Length..];
        return new GlobPattern(baseDirectory, rest.Length == 0 ? null : new Regex(ToRegex(rest), RegexOptions.CultureInvariant));
    }

    /// <summary>The files the pattern matches, as absolute paths.</summary>
    public IEnumerable<string> Files()
    {
        if (remainder is null && File.Exists(BaseDirectory))
        {
            return [BaseDirectory];
        }

        if (!Directory.Exists(BaseDirectory))
        {
            return [];
        }

        var all = Directory.EnumerateFiles(BaseDirectory, "*", SearchOption.AllDirectories);
        return remainder is null
            ? all
            : all.Where(file => remainder.IsMatch(Path.GetRelativePath(BaseDirectory, file).Replace('\\', '/')));
    }

    private static string ToRegex(string[] segments)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            if (segments[i] == "**")
            {
                // Any number of whole folders; as the last segment, any file below.
                regex.Append(last ? ".*" : "(?:[^/]+/)*");
                continue;
            }

            foreach (var character in segments[i])
            {
                regex.Append(character switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(character.ToString()),
                });
            }

            if (!last)
            {
                regex.Append('/');
            }
        }

        return regex.Append('$').ToString();
    }
}
