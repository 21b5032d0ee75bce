using Orchestration.Configuration;

namespace Orchestration.Mlflow;

/// <summary>The registry seen from deployments: which version a published identity is, and which version serves an environment.</summary>
internal sealed partial class MlflowClient
{
    /// <summary>The version registered for a published identity (found by its <c>identity</c> tag; the first one if a race registered two), or null.</summary>
    public async Task<MlflowModelVersion?> FindVersionAsync(ModelIdentity identity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var versions = await SearchModelVersionsAsync(IdentityFilter(identity), cancellationToken).ConfigureAwait(false);
        return versions.OrderBy(v => long.TryParse(v.Version, out var number) ? number : long.MaxValue).FirstOrDefault();
    }

    /// <summary>The version holding the alias of <paramref name="environment"/> (see <see cref="RegistryAlias"/>), or null when none does.</summary>
    public Task<MlflowModelVersion?> ServingVersionAsync(string model, string environment, CancellationToken cancellationToken = default) =>
        GetAliasAsync(model, RegistryAlias.ForEnvironment(environment), cancellationToken);

    /// <summary>
    /// The version that served <paramref name="environment"/> before the one holding its alias now (recorded on the holder when
    /// the alias moved to it), or null when the alias is not set or moved to its holder from no other version.
    /// </summary>
    public async Task<MlflowModelVersion?> PreviousServingVersionAsync(string model, string environment, CancellationToken cancellationToken = default)
    {
        var serving = await ServingVersionAsync(model, environment, cancellationToken).ConfigureAwait(false);
        return serving?.Tags.GetValueOrDefault(RegistryAlias.PreviousVersionTag(environment)) is { Length: > 0 } previous
            ? await GetModelVersionAsync(model, previous, cancellationToken).ConfigureAwait(false)
            : null;
    }

    /// <summary><c>name='salary-regression' and tags.identity='salary-regression.1.2'</c> (model names and versions need no escaping).</summary>
    internal static string IdentityFilter(ModelIdentity identity) => $"name='{identity.Name}' and tags.identity='{identity}'";
}
