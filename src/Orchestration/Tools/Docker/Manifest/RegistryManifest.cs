using System.Text.Json;

namespace Orchestration.Tools.Docker.Manifest;

/// <summary>
/// What a registry holds under a tag, from <c>docker manifest inspect --verbose</c>: the manifest's digest
/// (what <c>name@sha256:...</c> pulls) and its config's digest, which is the image ID an engine gives it.
/// </summary>
internal sealed record RegistryManifest(string Digest, string ConfigDigest)
{
    public static RegistryManifest Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement[0] : document.RootElement;
        var digest = root.GetProperty("Descriptor").GetProperty("digest").GetString()!;
        var config = root.TryGetProperty("SchemaV2Manifest", out var manifest) || root.TryGetProperty("OCIManifest", out manifest)
            ? manifest.GetProperty("config").GetProperty("digest").GetString()!
            : string.Empty;
        return new RegistryManifest(digest, config);
    }
}
