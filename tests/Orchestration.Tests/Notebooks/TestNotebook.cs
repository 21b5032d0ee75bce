using System.Text.Json.Nodes;
using Orchestration.Notebooks;

namespace Orchestration.Tests.Notebooks;

/// <summary>Builds small notebooks for tests: code cells with a source and tags.</summary>
internal static class TestNotebook
{
    public static NotebookDocument Of(int minor, params (string Source, string[] Tags)[] cells)
    {
        var notebook = new JsonObject
        {
            ["cells"] = new JsonArray([.. cells.Select((cell, index) => Cell(minor, index, cell.Source, cell.Tags))]),
            ["metadata"] = new JsonObject { ["kernelspec"] = new JsonObject { ["name"] = "python3", ["language"] = "python" } },
            ["nbformat"] = 4,
            ["nbformat_minor"] = minor,
        };
        return NotebookDocument.Parse(notebook.ToJsonString(), "test.ipynb");
    }

    public static (string, string[]) Code(string source, params string[] tags) => (source, tags);

    public static string Source(JsonNode? cell) =>
        cell!["source"] is JsonArray lines ? string.Concat(lines.Select(l => l!.GetValue<string>())) : cell["source"]!.GetValue<string>();

    private static JsonObject Cell(int minor, int index, string source, string[] tags)
    {
        var cell = new JsonObject
        {
            ["cell_type"] = "code",
            ["execution_count"] = null,
            ["metadata"] = new JsonObject { ["tags"] = new JsonArray([.. tags.Select(t => JsonValue.Create(t))]) },
            ["outputs"] = new JsonArray(),
            ["source"] = source,
        };
        if (minor >= 5)
        {
            cell["id"] = $"cell-{index}";
        }

        return cell;
    }
}
