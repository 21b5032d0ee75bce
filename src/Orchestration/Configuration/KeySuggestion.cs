using Orchestration.Pipeline;

namespace Orchestration.Configuration;

/// <summary>The known key closest to a mistyped one, if any is close.</summary>
internal static class KeySuggestion
{
    public static string? For(string unknown)
    {
        var dot = unknown.IndexOf('.', StringComparison.Ordinal);
        var candidates = ConfigurationKeys.All.Select(key => key.Name).ToList();
        if (dot > 0)
        {
            // "paramter.alpha" is meant as "parameter.alpha".
            candidates.Add(ConfigurationKeys.ParameterPrefix + unknown[(dot + 1)..]);
        }

        return ClosestMatch.Find(unknown, candidates);
    }
}
