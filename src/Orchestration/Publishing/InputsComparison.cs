using Orchestration.Fingerprint;
using Orchestration.Packaging;

namespace Orchestration.Publishing;

/// <summary>
/// Whether a published package and a candidate come from the same training, by their inputs fingerprints
/// (not their commits: a commit outside the project folder trains nothing new), and which inputs differ.
/// </summary>
internal static class InputsComparison
{
    /// <summary>True when both provenances carry a fingerprint, so inputs can be compared (older packages have none).</summary>
    public static bool Applies(Provenance? published, Provenance candidate) => published?.Inputs is not null && candidate.Inputs is not null;

    /// <summary>The differing inputs, one line each, feed side first (old → new).</summary>
    public static IReadOnlyList<InputDifference> Differences(Provenance published, Provenance candidate) =>
        InputsDiffer.Differences(published.Inputs!, candidate.Inputs!);

    /// <summary>True when a differing file is a declared data file (then data.version is the one to bump).</summary>
    public static bool DataDiffers(IEnumerable<InputDifference> differences, Provenance published, Provenance candidate)
    {
        var data = published.Data.Concat(candidate.Data).Select(file => file.Path).ToHashSet(StringComparer.Ordinal);
        return differences.Any(difference => difference.Kind == InputKind.File && data.Contains(difference.Subject));
    }
}
