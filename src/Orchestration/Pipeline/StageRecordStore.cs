using System.Text.Json;
using System.Text.Json.Serialization;
using Orchestration.Configuration;

namespace Orchestration.Pipeline;

/// <summary>
/// What each stage produced, kept as JSON under <c>artifacts/records/</c>. A later stage reads it,
/// so a CI job can run one target per stage (<c>--exclusive</c>) in the same workspace.
/// </summary>
public sealed class StageRecordStore(string directory)
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new ModelIdentityJsonConverter() },
    };

    public string Directory { get; } = directory;

    public string PathOf(string stage) => Path.Combine(Directory, stage.ToLowerInvariant() + ".json");

    public void Save<T>(string stage, T record)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = PathOf(stage);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(record, JsonOptions));
        File.Move(temporary, path, overwrite: true);
    }

    public T Load<T>(string stage) => Load<T>(stage, stage);

    /// <summary>The record <paramref name="name"/> that <paramref name="stage"/> wrote.</summary>
    public T Load<T>(string stage, string name)
    {
        var path = PathOf(name);
        if (!File.Exists(path))
        {
            throw ConfigurationError.Create(
                $"{stage} has not run in this workspace ({path} is missing). Run --target={stage} first, or leave out --exclusive.");
        }

        return JsonSerializer.Deserialize<T>(File.ReadAllText(path), JsonOptions)
            ?? throw ConfigurationError.Create($"{path} is empty or not a {stage} record. Run --target={stage} again.");
    }

    /// <summary>Forgets every record: a new run starts (Checkout calls it), so nothing stale is picked up.</summary>
    public void Clear()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
