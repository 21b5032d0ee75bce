using System.Text.Json;

namespace Orchestration.Notebooks;

/// <summary>
/// The metrics convention: the notebook writes one flat JSON object (<c>{"rmse": 3.2, "r2": 0.91}</c>)
/// to the file named by the environment variable <see cref="EnvironmentVariable"/>.
/// </summary>
internal static class MetricsFile
{
    public const string EnvironmentVariable = "ORCHESTRATION_METRICS_PATH";

    /// <summary>The metrics in the file, or null when the notebook wrote none.</summary>
    public static IReadOnlyDictionary<string, JsonElement>? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw Invalid(path, $"it holds a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}, not an object");
            }

            return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
        }
        catch (JsonException error)
        {
            throw Invalid(path, $"it is not valid JSON ({error.Message}); NaN and Infinity are not JSON: write null or a string for them");
        }
    }

    private static NotebookFailedException Invalid(string path, string why) =>
        new($"The notebook's metrics file {path} cannot be read: {why}. Expected one JSON object, e.g. {{\"rmse\": 3.2}}, written to the path in {EnvironmentVariable}.")
        {
            Kind = "metrics",
        };
}
