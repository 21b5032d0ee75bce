using System.Text.Json.Nodes;

namespace Orchestration.Mlflow;

internal sealed partial class MlflowClient
{
    /// <summary>True when the registry has a model of that name.</summary>
    public async Task<bool> RegisteredModelExistsAsync(string name, CancellationToken cancellationToken = default) =>
        await GetAsync("registered-models/get?" + Query(("name", name)), cancellationToken).ConfigureAwait(false) is not null;

    public Task CreateRegisteredModelAsync(string name, string? description = null, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject { ["name"] = name };
        if (description is not null)
        {
            body["description"] = description;
        }

        return PostAsync("registered-models/create", body, cancellationToken);
    }

    /// <summary>Creates the registered model unless it exists (also when another build just created it).</summary>
    public async Task EnsureRegisteredModelAsync(string name, CancellationToken cancellationToken = default)
    {
        if (await RegisteredModelExistsAsync(name, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        try
        {
            await CreateRegisteredModelAsync(name, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (MlflowException exception) when (exception.ErrorCode == "RESOURCE_ALREADY_EXISTS")
        {
        }
    }

    public async Task<MlflowModelVersion> CreateModelVersionAsync(
        string name, string source, string? runId, IReadOnlyDictionary<string, string> tags, string? description, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var body = new JsonObject { ["name"] = name, ["source"] = source, ["tags"] = KeyValues(tags) };
        if (runId is not null)
        {
            body["run_id"] = runId;
        }

        if (description is not null)
        {
            body["description"] = description;
        }

        var answer = await PostAsync("model-versions/create", body, cancellationToken).ConfigureAwait(false);
        return ReadModelVersion(answer["model_version"]!);
    }

    public async Task<MlflowModelVersion?> GetModelVersionAsync(string name, string version, CancellationToken cancellationToken = default)
    {
        var answer = await GetAsync("model-versions/get?" + Query(("name", name), ("version", version)), cancellationToken).ConfigureAwait(false);
        return answer?["model_version"] is { } found ? ReadModelVersion(found) : null;
    }

    /// <summary>The versions matching an MLflow filter, e.g. <c>name='m' and tags.identity='m.1.2'</c> (all pages).</summary>
    public async Task<IReadOnlyList<MlflowModelVersion>> SearchModelVersionsAsync(string filter, CancellationToken cancellationToken = default)
    {
        var versions = new List<MlflowModelVersion>();
        string? pageToken = null;
        do
        {
            var query = Query(("filter", filter), ("max_results", "200")) + (pageToken is null ? string.Empty : "&" + Query(("page_token", pageToken)));
            var answer = await GetAsync("model-versions/search?" + query, cancellationToken).ConfigureAwait(false);
            versions.AddRange((answer?["model_versions"] as JsonArray ?? []).Where(v => v is not null).Select(v => ReadModelVersion(v!)));
            pageToken = (string?)answer?["next_page_token"];
        }
        while (!string.IsNullOrEmpty(pageToken));
        return versions;
    }

    public Task SetModelVersionTagAsync(string name, string version, string key, string value, CancellationToken cancellationToken = default) =>
        PostAsync("model-versions/set-tag", new JsonObject { ["name"] = name, ["version"] = version, ["key"] = key, ["value"] = value }, cancellationToken);

    public Task UpdateModelVersionDescriptionAsync(string name, string version, string description, CancellationToken cancellationToken = default) =>
        SendJsonAsync(HttpMethod.Patch, "model-versions/update", new JsonObject { ["name"] = name, ["version"] = version, ["description"] = description }, notFoundIsNull: false, cancellationToken);

    /// <summary>Moves the version to a stage (<c>Staging</c>, <c>Production</c>, <c>Archived</c>, <c>None</c>), optionally archiving the versions in it.</summary>
    public async Task<MlflowModelVersion> TransitionStageAsync(string name, string version, string stage, bool archiveExistingVersions, CancellationToken cancellationToken = default)
    {
        var answer = await PostAsync(
            "model-versions/transition-stage",
            new JsonObject { ["name"] = name, ["version"] = version, ["stage"] = stage, ["archive_existing_versions"] = archiveExistingVersions },
            cancellationToken).ConfigureAwait(false);
        return ReadModelVersion(answer["model_version"]!);
    }

    /// <summary>Points the alias at the version (moving it away from the version that held it).</summary>
    public Task SetAliasAsync(string name, string alias, string version, CancellationToken cancellationToken = default) =>
        PostAsync("registered-models/alias", new JsonObject { ["name"] = name, ["alias"] = alias, ["version"] = version }, cancellationToken);

    /// <summary>The version the alias points at, or null when the alias (or the model) does not exist.</summary>
    public async Task<MlflowModelVersion?> GetAliasAsync(string name, string alias, CancellationToken cancellationToken = default)
    {
        var answer = await GetAsync("registered-models/alias?" + Query(("name", name), ("alias", alias)), cancellationToken).ConfigureAwait(false);
        return answer?["model_version"] is { } found ? ReadModelVersion(found) : null;
    }

    /// <summary>Removes the alias; nothing happens when the model or the alias does not exist.</summary>
    public Task DeleteAliasAsync(string name, string alias, CancellationToken cancellationToken = default) =>
        SendJsonAsync(HttpMethod.Delete, "registered-models/alias", new JsonObject { ["name"] = name, ["alias"] = alias }, notFoundIsNull: true, cancellationToken);

    private static MlflowModelVersion ReadModelVersion(JsonNode version) =>
        new((string)version["name"]!, (string)version["version"]!)
        {
            Source = (string?)version["source"],
            RunId = (string?)version["run_id"] is { Length: > 0 } runId ? runId : null,
            Description = (string?)version["description"],
            CurrentStage = (string?)version["current_stage"] ?? "None",
            Tags = ReadKeyValues(version["tags"]),
            Aliases = [.. (version["aliases"] as JsonArray ?? []).Select(a => (string?)a).OfType<string>()],
        };
}
