using System.Globalization;
using System.Text.Json.Nodes;

namespace Orchestration.Notebooks;

/// <summary>
/// A parameter's value as JSON, for <c>metadata.papermill.parameters</c> and the training record.
/// JSON has no NaN or infinity: those are written as the strings "NaN", "Infinity" and "-Infinity".
/// </summary>
internal static class PythonJson
{
    public static JsonNode? ToJson(PythonValue value) => value switch
    {
        PythonNone => null,
        PythonBool b => JsonValue.Create(b.Value),
        PythonInt i => JsonNode.Parse(i.Value.ToString(CultureInfo.InvariantCulture)),
        PythonFloat f when double.IsNaN(f.Value) => JsonValue.Create("NaN"),
        PythonFloat f when double.IsInfinity(f.Value) => JsonValue.Create(f.Value > 0 ? "Infinity" : "-Infinity"),
        PythonFloat f => JsonNode.Parse(PythonFloatRepr.Format(f.Value)),
        PythonString s => JsonValue.Create(s.Value),
        PythonList list => new JsonArray([.. list.Items.Select(ToJson)]),
        PythonDict dict => new JsonObject(dict.Entries.Select(e => KeyValuePair.Create(e.Key, ToJson(e.Value)))),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a value papermill can inject."),
    };
}
