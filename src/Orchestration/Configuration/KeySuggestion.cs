namespace Orchestration.Configuration;

/// <summary>The known key closest to a mistyped one (edit distance, ignoring case), if any is close.</summary>
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

        var best = candidates
            .Select(candidate => (Candidate: candidate, Distance: Distance(unknown.ToLowerInvariant(), candidate.ToLowerInvariant())))
            .MinBy(pair => pair.Distance);
        return best.Distance <= Math.Max(2, unknown.Length / 3) ? best.Candidate : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
