using Orchestration.Configuration;
using Orchestration.Mlflow;

namespace Orchestration.Redeploy;

/// <summary>
/// <c>--deploy=previous</c> from the MLflow model registry, for a workspace whose audit log does not know: the version
/// that served the environment before the one holding its alias (recorded on the holder when the alias moved), by its
/// <c>identity</c> tag.
/// </summary>
internal static class RegistryHistory
{
    public static async Task<ModelIdentity?> PreviousAsync(MlflowClient client, string model, string environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var version = await client.PreviousServingVersionAsync(model, environment, cancellationToken).ConfigureAwait(false);
        return version?.Tags.GetValueOrDefault("identity") is { } text && ModelIdentity.TryParse(text, out var identity) ? identity : null;
    }
}
