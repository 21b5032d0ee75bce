using System.Text.Json;
using Orchestration.Packaging;
using Orchestration.Pipeline;

namespace Orchestration.Publishing;

/// <summary>
/// Whether two provenances describe the same model: the same commit, data hashes, parameters and
/// model hash. Times, build numbers and the like may differ.
/// </summary>
internal static class ProvenanceComparison
{
    /// <summary>What differs, one line each, feed side first; empty when they describe the same model.</summary>
    public static IReadOnlyList<string> Differences(Provenance? published, Provenance candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (published is null)
        {
            return ["the package in the feed has no provenance.json: it was not published by Orchestration"];
        }

        var differences = new List<string>();
        if (!string.Equals(published.Source.Commit, candidate.Source.Commit, StringComparison.OrdinalIgnoreCase))
        {
            differences.Add($"commit: {published.Source.Commit} in the feed, {candidate.Source.Commit} now");
        }

        differences.AddRange(DataDifferences(published.Data, candidate.Data));
        differences.AddRange(ParameterDifferences(published.Parameters, candidate.Parameters));
        if (!string.Equals(published.Model.Sha256, candidate.Model.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            differences.Add($"model SHA-256: {published.Model.Sha256} in the feed, {candidate.Model.Sha256} now");
        }

        return differences;
    }

    public static bool DataDiffers(Provenance? published, Provenance candidate) =>
        published is null || DataDifferences(published.Data, candidate.Data).Any();

    private static IEnumerable<string> DataDifferences(IReadOnlyList<FileDigest> published, IReadOnlyList<FileDigest> candidate)
    {
        var before = published.ToDictionary(file => file.Path, file => file.Sha256, StringComparer.Ordinal);
        var now = candidate.ToDictionary(file => file.Path, file => file.Sha256, StringComparer.Ordinal);
        foreach (var path in before.Keys.Union(now.Keys).Order(StringComparer.Ordinal))
        {
            var description = (before.GetValueOrDefault(path), now.GetValueOrDefault(path)) switch
            {
                (null, _) => "added",
                (_, null) => "removed",
                var (old, @new) when !string.Equals(old, @new, StringComparison.OrdinalIgnoreCase) => $"changed (SHA-256 {old} in the feed, {@new} now)",
                _ => null,
            };
            if (description is not null)
            {
                yield return $"data file {path}: {description}";
            }
        }
    }

    private static IEnumerable<string> ParameterDifferences(IReadOnlyDictionary<string, JsonElement> published, IReadOnlyDictionary<string, JsonElement> candidate)
    {
        foreach (var name in published.Keys.Union(candidate.Keys).Order(StringComparer.Ordinal))
        {
            var hadIt = published.TryGetValue(name, out var old);
            var hasIt = candidate.TryGetValue(name, out var @new);
            if (hadIt != hasIt || (hadIt && !JsonElement.DeepEquals(old, @new)))
            {
                yield return $"parameter {name}: {(hadIt ? old.GetRawText() : "absent")} in the feed, {(hasIt ? @new.GetRawText() : "absent")} now";
            }
        }
    }
}
