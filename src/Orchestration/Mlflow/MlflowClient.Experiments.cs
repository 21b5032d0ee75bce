using System.Text.Json.Nodes;

namespace Orchestration.Mlflow;

internal sealed partial class MlflowClient
{
    /// <summary>The experiment's id, or null when there is no experiment of that name.</summary>
    public async Task<string?> GetExperimentIdAsync(string name, CancellationToken cancellationToken = default)
    {
        var answer = await GetAsync("experiments/get-by-name?" + Query(("experiment_name", name)), cancellationToken).ConfigureAwait(false);
        return (string?)answer?["experiment"]?["experiment_id"];
    }

    public async Task<string> CreateExperimentAsync(string name, CancellationToken cancellationToken = default)
    {
        var answer = await PostAsync("experiments/create", new JsonObject { ["name"] = name }, cancellationToken).ConfigureAwait(false);
        return (string)answer["experiment_id"]!;
    }

    /// <summary>The experiment's id, creating it when absent (and finding it when another build just created it).</summary>
    public async Task<string> GetOrCreateExperimentAsync(string name, CancellationToken cancellationToken = default)
    {
        if (await GetExperimentIdAsync(name, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return existing;
        }

        try
        {
            return await CreateExperimentAsync(name, cancellationToken).ConfigureAwait(false);
        }
        catch (MlflowException exception) when (exception.ErrorCode == "RESOURCE_ALREADY_EXISTS")
        {
            return await GetExperimentIdAsync(name, cancellationToken).ConfigureAwait(false)
                ?? throw new MlflowException($"The experiment '{name}' exists and yet cannot be found by name.", exception);
        }
    }
}
