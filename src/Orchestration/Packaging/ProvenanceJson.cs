using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Orchestration.Configuration;
using Orchestration.Pipeline;

namespace Orchestration.Packaging;

/// <summary>How <c>provenance.json</c> is written and read.</summary>
public static class ProvenanceJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Keep '+' in versions and non-ASCII in paths readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new ModelIdentityJsonConverter() },
    };

    public static byte[] Serialize(Provenance provenance) => JsonSerializer.SerializeToUtf8Bytes(provenance, Options);

    public static Provenance Read(Stream stream, string source) =>
        Deserialize(() => JsonSerializer.Deserialize<Provenance>(stream, Options), source);

    public static Provenance ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    private static Provenance Deserialize(Func<Provenance?> read, string source)
    {
        try
        {
            return read() ?? throw new InvalidDataException($"{source} is empty.");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{source} is not a provenance document: {exception.Message}", exception);
        }
    }
}
