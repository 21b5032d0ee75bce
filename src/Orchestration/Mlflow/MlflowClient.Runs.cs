using System.Globalization;
using System.Text.Json.Nodes;

namespace Orchestration.Mlflow;

internal sealed partial class MlflowClient
{
    // The server's limits per log-batch request (MLflow 2.x): 1000 metrics, 100 parameters, 100 tags.
    private const int MaxParametersPerBatch = 100;
    private const int MaxTagsPerBatch = 100;
    private const int MaxMetricsPerBatch = 1000;

    public async Task<MlflowRun> CreateRunAsync(
        string experimentId, string runName, IReadOnlyDictionary<string, string> tags, DateTimeOffset startTime, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var answer = await PostAsync(
            "runs/create",
            new JsonObject
            {
                ["experiment_id"] = experimentId,
                ["run_name"] = runName,
                ["start_time"] = startTime.ToUnixTimeMilliseconds(),
                ["tags"] = KeyValues(tags),
            },
            cancellationToken).ConfigureAwait(false);
        return ReadRun(answer["run"]!);
    }

    /// <summary>The run, or null when the server has no run with that id.</summary>
    public async Task<MlflowRun?> GetRunAsync(string runId, CancellationToken cancellationToken = default)
    {
        var answer = await GetAsync("runs/get?" + Query(("run_id", runId)), cancellationToken).ConfigureAwait(false);
        return answer?["run"] is { } run ? ReadRun(run) : null;
    }

    /// <summary>The ids of the experiment's runs, newest first (the first 1000).</summary>
    public async Task<IReadOnlyList<string>> SearchRunIdsAsync(string experimentId, CancellationToken cancellationToken = default)
    {
        var answer = await PostAsync(
            "runs/search",
            new JsonObject { ["experiment_ids"] = new JsonArray(experimentId), ["max_results"] = 1000, ["order_by"] = new JsonArray("attributes.start_time DESC") },
            cancellationToken).ConfigureAwait(false);
        return [.. (answer["runs"] as JsonArray ?? []).Select(run => (string)run!["info"]!["run_id"]!)];
    }

    /// <summary>The newest FINISHED run of the experiment tagged with the identity (the training of that identity), or null.</summary>
    public async Task<MlflowRun?> FindFinishedRunAsync(string experimentId, string identity, CancellationToken cancellationToken = default)
    {
        var answer = await PostAsync(
            "runs/search",
            new JsonObject
            {
                ["experiment_ids"] = new JsonArray(experimentId),
                ["filter"] = $"tags.identity = '{identity}' and attributes.status = 'FINISHED'",
                ["max_results"] = 1,
                ["order_by"] = new JsonArray("attributes.start_time DESC"),
            },
            cancellationToken).ConfigureAwait(false);
        return (answer["runs"] as JsonArray ?? []).FirstOrDefault() is { } run ? ReadRun(run) : null;
    }

    public Task UpdateRunAsync(string runId, RunStatus status, DateTimeOffset? endTime, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject { ["run_id"] = runId, ["status"] = status.ToApi() };
        if (endTime is { } end)
        {
            body["end_time"] = end.ToUnixTimeMilliseconds();
        }

        return PostAsync("runs/update", body, cancellationToken);
    }

    public Task LogParameterAsync(string runId, string key, string value, CancellationToken cancellationToken = default) =>
        PostAsync("runs/log-parameter", new JsonObject { ["run_id"] = runId, ["key"] = key, ["value"] = value }, cancellationToken);

    public Task LogMetricAsync(string runId, string key, double value, DateTimeOffset timestamp, long step = 0, CancellationToken cancellationToken = default) =>
        PostAsync("runs/log-metric", Metric(key, value, timestamp, step).Also("run_id", runId), cancellationToken);

    public Task SetTagAsync(string runId, string key, string value, CancellationToken cancellationToken = default) =>
        PostAsync("runs/set-tag", new JsonObject { ["run_id"] = runId, ["key"] = key, ["value"] = value }, cancellationToken);

    /// <summary>Logs parameters, tags and metrics in as few requests as the server's per-request limits allow.</summary>
    public async Task LogBatchAsync(
        string runId,
        IReadOnlyDictionary<string, string> parameters,
        IReadOnlyDictionary<string, string> tags,
        IReadOnlyDictionary<string, double> metrics,
        DateTimeOffset timestamp,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(metrics);
        var parameterChunks = parameters.Chunk(MaxParametersPerBatch).ToList();
        var tagChunks = tags.Chunk(MaxTagsPerBatch).ToList();
        var metricChunks = metrics.Chunk(MaxMetricsPerBatch).ToList();
        var requests = Math.Max(parameterChunks.Count, Math.Max(tagChunks.Count, metricChunks.Count));
        for (var i = 0; i < requests; i++)
        {
            var body = new JsonObject
            {
                ["run_id"] = runId,
                ["params"] = KeyValues(i < parameterChunks.Count ? parameterChunks[i] : []),
                ["tags"] = KeyValues(i < tagChunks.Count ? tagChunks[i] : []),
                ["metrics"] = new JsonArray([.. (i < metricChunks.Count ? metricChunks[i] : []).Select(m => (JsonNode)Metric(m.Key, m.Value, timestamp, 0))]),
            };
            await PostAsync("runs/log-batch", body, cancellationToken).ConfigureAwait(false);
        }
    }

    private static JsonObject Metric(string key, double value, DateTimeOffset timestamp, long step) => new()
    {
        ["key"] = key,
        ["value"] = value,
        ["timestamp"] = timestamp.ToUnixTimeMilliseconds(),
        ["step"] = step,
    };

    private static double ReadDouble(JsonNode value) => value.GetValueKind() == System.Text.Json.JsonValueKind.Number
        ? value.GetValue<double>()
        : double.Parse(value.GetValue<string>(), CultureInfo.InvariantCulture);

    private static MlflowRun ReadRun(JsonNode run)
    {
        var info = run["info"]!;
        var data = run["data"];
        return new MlflowRun((string)info["run_id"]!, (string)info["experiment_id"]!, (string?)info["artifact_uri"] ?? string.Empty)
        {
            Status = Enum.Parse<RunStatus>((string?)info["status"] ?? "RUNNING", ignoreCase: true),
            Parameters = ReadKeyValues(data?["params"]),
            Tags = ReadKeyValues(data?["tags"]),
            Metrics = (data?["metrics"] as JsonArray ?? []).OfType<JsonObject>()
                .GroupBy(m => (string)m["key"]!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => ReadDouble(g.Last()["value"]!), StringComparer.Ordinal),
        };
    }
}

internal static class JsonObjectExtensions
{
    public static JsonObject Also(this JsonObject json, string name, JsonNode? value)
    {
        json[name] = value;
        return json;
    }
}
