using System.Globalization;
using System.Text.Json;

namespace Orchestration.Packaging;

/// <summary>The package's description (from the metrics) and tags, as feeds show them.</summary>
internal static class PackageDescription
{
    public static string For(Provenance provenance)
    {
        var dirty = provenance.Source.Dirty ? " (with uncommitted changes)" : string.Empty;
        var metrics = provenance.Metrics.Count == 0
            ? "No metrics were recorded."
            : "Metrics: " + string.Join(", ", provenance.Metrics.Select(metric => $"{metric.Key}={Format(metric.Value)}")) + ".";
        return $"{provenance.Name} model version {provenance.ModelVersion}, trained on data version {provenance.DataVersion} " +
            $"from commit {provenance.Source.Commit[..Math.Min(12, provenance.Source.Commit.Length)]}{dirty}. {metrics}";
    }

    public static IReadOnlyList<string> Tags(Provenance provenance) =>
        ["model", "orchestration", provenance.Name, $"data-{provenance.DataVersion}"];

    private static string Format(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetDouble(out var number) => number.ToString("G6", CultureInfo.InvariantCulture),
        JsonValueKind.String => value.GetString()!,
        _ => value.GetRawText(),
    };
}
