namespace Orchestration.MachineServices.BaseImage;

/// <summary>What this machine's apt configuration says: its Debian mirror and release.</summary>
internal static class DebianSources
{
    public const string DefaultSuite = "bookworm";

    /// <summary>
    /// The mirror of <paramref name="suite"/> in the deb822 sources (<c>/etc/apt/sources.list.d/*.sources</c>),
    /// else in the one-line sources (<c>/etc/apt/sources.list</c>); null when neither names one
    /// (debootstrap then uses its own default).
    /// </summary>
    public static string? Mirror(string suite, string aptDirectory = "/etc/apt")
    {
        var listDirectory = Path.Combine(aptDirectory, "sources.list.d");
        string[] deb822 = Directory.Exists(listDirectory) ? [.. Directory.GetFiles(listDirectory, "*.sources").Order(StringComparer.Ordinal)] : [];
        foreach (var file in deb822)
        {
            if (Deb822Mirror(File.ReadAllText(file), suite) is { } found)
            {
                return found;
            }
        }

        var oneLine = Path.Combine(aptDirectory, "sources.list");
        return File.Exists(oneLine) ? OneLineMirror(File.ReadAllLines(oneLine), suite) : null;
    }

    /// <summary>The release this machine runs (<c>VERSION_CODENAME</c>), so the image has the packages training used.</summary>
    public static string HostSuite(string osRelease = "/etc/os-release")
    {
        if (!File.Exists(osRelease))
        {
            return DefaultSuite;
        }

        var fields = File.ReadAllLines(osRelease)
            .Select(line => line.Split('=', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1].Trim('"'), StringComparer.Ordinal);
        return fields.GetValueOrDefault("ID") == "debian" && fields.GetValueOrDefault("VERSION_CODENAME") is { Length: > 0 } codename
            ? codename
            : DefaultSuite;
    }

    internal static string? Deb822Mirror(string text, string suite)
    {
        foreach (var stanza in text.Replace("\r", string.Empty, StringComparison.Ordinal).Split("\n\n"))
        {
            var fields = stanza.Split('\n')
                .Where(line => !line.StartsWith('#') && line.Contains(':', StringComparison.Ordinal))
                .Select(line => line.Split(':', 2))
                .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim(), StringComparer.OrdinalIgnoreCase);
            if (fields.GetValueOrDefault("Types", "deb").Split(' ').Contains("deb")
                && fields.GetValueOrDefault("Suites", string.Empty).Split(' ').Contains(suite)
                && fields.GetValueOrDefault("URIs") is { Length: > 0 } uris)
            {
                return uris.Split(' ')[0].TrimEnd('/');
            }
        }

        return null;
    }

    internal static string? OneLineMirror(IEnumerable<string> lines, string suite) =>
        lines.Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts.Length >= 3 && parts[0] == "deb")
            .Select(parts => parts.SkipWhile(part => !part.Contains("://", StringComparison.Ordinal)).ToArray())
            .Where(parts => parts.Length >= 2 && parts[1] == suite)
            .Select(parts => parts[0].TrimEnd('/'))
            .FirstOrDefault();
}
