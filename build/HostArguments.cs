namespace Build;

/// <summary>What the build needs to know of the host's own command line.</summary>
internal static class HostArguments
{
    /// <summary>True for <c>--help</c>, <c>-h</c>, <c>-?</c> (and <c>--help=true</c>), as the host reads them.</summary>
    public static bool AsksForHelp(string argument)
    {
        var name = argument.TrimStart('-').Split('=', 2);
        var asks = name[0].ToLowerInvariant() is "help" or "h" or "?";
        return asks && (name.Length == 1 || name[1].Equals("true", StringComparison.OrdinalIgnoreCase));
    }
}
