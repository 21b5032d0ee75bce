using System.Text.Json;
using System.Text.Json.Serialization;

namespace Orchestration.Configuration;

/// <summary>
/// Writes a <see cref="ModelIdentity"/> as its text form, <c>"salary-regression.1.1"</c>, and reads it back: records and
/// <c>provenance.json</c> keep the shape they always had, and the code holds the typed value.
/// </summary>
internal sealed class ModelIdentityJsonConverter : JsonConverter<ModelIdentity>
{
    public override ModelIdentity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String
            ? reader.GetString()
            : throw new JsonException($"A model identity is a string such as \"salary-regression.1.1\", not a JSON {reader.TokenType}.");
        return ModelIdentity.TryParse(text, out var identity)
            ? identity
            : throw new JsonException($"'{text}' is not a model identity of the form name.dataVersion.modelVersion.");
    }

    public override void Write(Utf8JsonWriter writer, ModelIdentity value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.ToString());
    }
}
