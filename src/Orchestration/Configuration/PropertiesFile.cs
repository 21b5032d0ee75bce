namespace Orchestration.Configuration;

/// <summary>
/// A <c>build.properties</c> file: <c>key=value</c> or <c>key: value</c> lines, <c>#</c> and <c>!</c>
/// comments, blank lines; keys and values trimmed. Values are plain text: nothing is expanded or
/// evaluated (no <c>$VAR</c>, no <c>$(command)</c>, no escapes, no line continuation).
/// </summary>
internal sealed record PropertiesFile(string Path, IReadOnlyList<PropertyLine> Lines, IReadOnlyList<ConfigurationProblem> Problems)
{
    public static PropertiesFile Parse(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<PropertyLine>();
        var problems = new List<ConfigurationProblem>();
        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var rawLines = text.TrimStart('\uFEFF').Split('\n');
        for (var index = 0; index < rawLines.Length; index++)
        {
            var number = index + 1;
            var line = rawLines[index].Trim();
            if (line.Length == 0 || line[0] is '#' or '!')
            {
                continue;
            }

            var where = SettingSource.File(path, number);
            var separator = line.IndexOfAny(['=', ':']);
            if (separator < 0)
            {
                problems.Add(new(where, $"'{line}' has no '=' or ':' between a key and a value; write key=value (comments start with # or !)."));
                continue;
            }

            var key = line[..separator].TrimEnd();
            if (key.Length == 0)
            {
                problems.Add(new(where, $"the line starts with '{line[separator]}', so it has no key; write key=value."));
                continue;
            }

            if (firstLineOf.TryGetValue(key, out var first))
            {
                problems.Add(new(where, $"{key} is set twice, on lines {first} and {number}; keep one."));
                continue;
            }

            firstLineOf[key] = number;
            var value = line[(separator + 1)..].TrimStart();
            if (!key.StartsWith(ConfigurationKeys.ParameterPrefix, StringComparison.Ordinal) && TrailingComment(value) is { } comment)
            {
                problems.Add(new(where, $"{key} '{value}' ends with what looks like a comment ('{comment}'): a comment is a line of its own, starting with # or !. Move it to the line above."));
                value = value[..^comment.Length].TrimEnd();
            }

            lines.Add(new PropertyLine(key, value, number));
        }

        return new PropertiesFile(path, lines, problems);
    }

    /// <summary>
    /// " # ..." after a value. Java's properties format has no trailing comments, so it would become part of the
    /// value; for the build's own keys (names, versions, paths) that is never meant. Parameter values may hold
    /// any text and are left alone.
    /// </summary>
    private static string? TrailingComment(string value)
    {
        for (var index = 1; index < value.Length; index++)
        {
            if (value[index] == '#' && char.IsWhiteSpace(value[index - 1]))
            {
                return value[index..];
            }
        }

        return null;
    }
}
