using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Orchestration.Configuration;

namespace Orchestration.Pipeline;

/// <summary>
/// What each stage produced, kept as JSON under <c>artifacts/records/</c>. A later stage reads it,
/// so a CI job can run one target per stage (<c>--exclusive</c>) in the same workspace. Every record
/// is stamped with the run that wrote it (<see cref="PipelineRun"/>, in <c>run.json</c>), and a record
/// of another run, or of another model, is never handed out.
/// </summary>
public sealed class StageRecordStore(string directory)
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new ModelIdentityJsonConverter() },
    };

    /// <summary>The property of a record's JSON that names its run.</summary>
    private const string RunProperty = "run";

    private const string RunFile = "run";

    public string Directory { get; } = directory;

    public string PathOf(string stage) => Path.Combine(Directory, stage.ToLowerInvariant() + ".json");

    /// <summary>
    /// Saves <paramref name="record"/> as <paramref name="stage"/>'s, stamped with the current run when one has
    /// started in this folder (a plan's folder has none: its record travels alone to Apply).
    /// </summary>
    public void Save<T>(string stage, T record)
    {
        var json = JsonSerializer.SerializeToNode(record, JsonOptions) as JsonObject
            ?? throw new ArgumentException($"A {stage} record is a JSON object.", nameof(record));
        if (ReadRun() is { } run)
        {
            json.Insert(0, RunProperty, JsonSerializer.SerializeToNode(run, JsonOptions));
        }

        Write(PathOf(stage), json.ToJsonString(JsonOptions));
    }

    public T Load<T>(string stage) => Load<T>(stage, stage);

    /// <summary>
    /// The record <paramref name="name"/> that <paramref name="stage"/> wrote, once it is known to belong to
    /// the current run and its model; otherwise one message says whose it is and which target to run again.
    /// </summary>
    public T Load<T>(string stage, string name)
    {
        var path = PathOf(name);
        if (!File.Exists(path))
        {
            throw ConfigurationError.Create(
                $"{stage} has not run in this workspace ({path} is missing). Run --target={stage} first, or leave out --exclusive.");
        }

        var current = ReadRun() ?? throw ConfigurationError.Create(
            $"No run has started in this workspace ({PathOf(RunFile)} is missing), so {path} belongs to no run. Run --target=Checkout first (it starts a run), or leave out --exclusive.");
        try
        {
            var json = JsonNode.Parse(File.ReadAllText(path)) as JsonObject
                ?? throw ConfigurationError.Create($"{path} is empty or not a {stage} record. Run --target={stage} again.");
            var run = json[RunProperty]?.Deserialize<PipelineRun>(JsonOptions);
            if (run is null || !run.Matches(current))
            {
                throw ConfigurationError.Create(
                    $"{path} belongs to {run?.ToString() ?? "no run (an older Orchestration wrote it)"}, this is {current}: run --target={stage} again.");
            }

            return json.Deserialize<T>(JsonOptions)
                ?? throw ConfigurationError.Create($"{path} is empty or not a {stage} record. Run --target={stage} again.");
        }
        catch (JsonException exception)
        {
            throw ConfigurationError.Create($"{path} is not a {stage} record ({exception.Message}). Run --target={stage} again.");
        }
    }

    /// <summary>
    /// Starts a new run (Checkout calls it): forgets every record, so nothing stale is picked up, and gives the
    /// run its id in <c>run.json</c>, which later processes of the same run (<c>--exclusive</c>) read.
    /// </summary>
    public void StartRun()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }

        System.IO.Directory.CreateDirectory(Directory);
        Write(PathOf(RunFile), JsonSerializer.Serialize(PipelineRun.Start(DateTimeOffset.UtcNow), JsonOptions));
    }

    /// <summary>
    /// Records the model the current run builds (Configure calls it). Records stamped with another model
    /// are then refused, e.g. after Configure ran again with another model.version.
    /// </summary>
    public void Identify(ModelIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var run = ReadRun() ?? throw ConfigurationError.Create(
            $"No run has started in this workspace ({PathOf(RunFile)} is missing). Run --target=Checkout first (it starts a run), or leave out --exclusive.");
        Write(PathOf(RunFile), JsonSerializer.Serialize(run with { Identity = identity }, JsonOptions));
    }

    /// <summary>The run the records belong to; null before Checkout has started one.</summary>
    internal PipelineRun? ReadRun()
    {
        var path = PathOf(RunFile);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<PipelineRun>(File.ReadAllText(path), JsonOptions) : null;
        }
        catch (JsonException exception)
        {
            throw ConfigurationError.Create($"{path} is not a run record ({exception.Message}). Run --target=Checkout to start a new run.");
        }
    }

    private void Write(string path, string json)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, json);
        File.Move(temporary, path, overwrite: true);
    }
}
