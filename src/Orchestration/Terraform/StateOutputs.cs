using System.Text.Json;

namespace Orchestration.Terraform;

/// <summary>The string outputs of a root's state, from <c>terraform output -json</c>.</summary>
internal static class StateOutputs
{
    public static IReadOnlyDictionary<string, string> Parse(string json)
    {
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json))
        {
            return outputs;
        }

        using var document = JsonDocument.Parse(json);
        foreach (var output in document.RootElement.EnumerateObject())
        {
            if (output.Value.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String)
            {
                outputs[output.Name] = value.GetString()!;
            }
        }

        return outputs;
    }
}
