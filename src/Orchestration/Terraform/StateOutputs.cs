using System.Text.Json;

namespace Orchestration.Terraform;

/// <summary>The string, number and bool outputs of a root's state, from <c>terraform output -json</c>, as text.</summary>
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
            if (!output.Value.TryGetProperty("value", out var value))
            {
                continue;
            }

            if (value.ValueKind is JsonValueKind.String)
            {
                outputs[output.Name] = value.GetString()!;
            }
            else if (value.ValueKind is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
            {
                // As -var takes them back: 8080, true.
                outputs[output.Name] = value.GetRawText();
            }
        }

        return outputs;
    }
}
