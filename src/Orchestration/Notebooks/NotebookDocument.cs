using System.Text.Json;
using System.Text.Json.Nodes;
using Orchestration.Pipeline;

namespace Orchestration.Notebooks;

/// <summary>A Jupyter notebook (nbformat 4) as JSON, edited in place and written back as Jupyter writes it.</summary>
internal sealed class NotebookDocument
{
    private static readonly JsonSerializerOptions WriteOptions = new() { WriteIndented = true, IndentSize = 1 };

    private NotebookDocument(JsonObject root)
    {
        Root = root;
    }

    public JsonObject Root { get; }

    public JsonArray Cells => Root["cells"]!.AsArray();

    public JsonObject Metadata => Root["metadata"] as JsonObject ?? (JsonObject)(Root["metadata"] = new JsonObject());

    /// <summary>Cell ids are part of the format from nbformat 4.5 on.</summary>
    public bool HasCellIds => Root["nbformat_minor"]?.GetValue<int>() >= 5;

    public static NotebookDocument Load(string path) => Parse(File.ReadAllText(path), path);

    public static NotebookDocument Parse(string json, string source)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException error)
        {
            throw ConfigurationError.Create($"{source}:{error.LineNumber + 1}: not a notebook: the JSON does not parse ({error.Message}).");
        }

        if (root is not JsonObject notebook || notebook["nbformat"]?.GetValueKind() != JsonValueKind.Number
            || notebook["nbformat"]!.GetValue<int>() != 4 || notebook["cells"] is not JsonArray)
        {
            throw ConfigurationError.Create(
                $"{source}: not a Jupyter notebook in format 4 (nbformat 4 with a cells list); open and save it with a current Jupyter to upgrade it.");
        }

        return new NotebookDocument(notebook);
    }

    public static IReadOnlyList<string> Tags(JsonNode? cell) =>
        cell?["metadata"]?["tags"] is JsonArray tags
            ? [.. tags.Where(t => t?.GetValueKind() == JsonValueKind.String).Select(t => t!.GetValue<string>())]
            : [];

    public int IndexOfTagged(string tag)
    {
        for (var index = 0; index < Cells.Count; index++)
        {
            if (Tags(Cells[index]).Contains(tag))
            {
                return index;
            }
        }

        return -1;
    }

    public string ToJson() => Root.ToJsonString(WriteOptions) + "\n";

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, ToJson());
    }
}
