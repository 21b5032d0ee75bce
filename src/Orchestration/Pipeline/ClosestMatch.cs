namespace Orchestration.Pipeline;

/// <summary>The candidate closest to a mistyped name (edit distance, ignoring case), if any is close enough.</summary>
internal static class ClosestMatch
{
    public static string? Find(string unknown, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(unknown);
        var best = candidates
            .Select(candidate => (Candidate: candidate, Distance: Distance(unknown.ToLowerInvariant(), candidate.ToLowerInvariant())))
            .MinBy(pair => pair.Distance);
        return best.Candidate is not null && best.Distance <= Math.Max(2, unknown.Length / 3) ? best.Candidate : null;
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
