using System.Text.Json;

namespace Orchestration.Tools.Docker.Inspect;

/// <summary>What <c>docker image inspect</c> says about one image, the parts this project reads.</summary>
internal sealed record DockerImageDetails(
    string Id,
    IReadOnlyList<string> RepoTags,
    IReadOnlyList<string> RepoDigests,
    IReadOnlyDictionary<string, string> Labels)
{
    /// <summary>The digests of the image's layers' content (RootFS.Layers): equal for equal content, whatever the image ID.</summary>
    public IReadOnlyList<string> Layers { get; init; } = [];

    /// <summary>Reads the JSON of <c>docker inspect --format "{{json .}}"</c> for one image.</summary>
    public static DockerImageDetails Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement[0] : document.RootElement;
        var labels = root.TryGetProperty("Config", out var config)
            && config.ValueKind == JsonValueKind.Object
            && config.TryGetProperty(nameof(Labels), out var found)
            && found.ValueKind == JsonValueKind.Object
                ? found.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty, StringComparer.Ordinal)
                : new Dictionary<string, string>(StringComparer.Ordinal);
        var layers = root.TryGetProperty("RootFS", out var rootFs) && rootFs.ValueKind == JsonValueKind.Object ? Strings(rootFs, nameof(Layers)) : [];
        return new DockerImageDetails(root.GetProperty(nameof(Id)).GetString()!, Strings(root, nameof(RepoTags)), Strings(root, nameof(RepoDigests)), labels)
        {
            Layers = layers,
        };
    }

    private static string[] Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Select(item => item.GetString() ?? string.Empty)]
            : [];
}
