using System.Globalization;
using System.Text;
using Cake.Common.Diagnostics;
using Cake.Core;
using Orchestration.Configuration;
using Orchestration.Packaging;
using Orchestration.Publishing;

namespace Orchestration.Mlflow;

/// <summary>
/// Registers a published model in MLflow's registry: the registered model is the model's name (created if
/// absent), one version per published identity, found again by its <c>identity</c> tag, so publishing the
/// same identity again registers nothing. The version links the training run (the one Train tracked, else
/// the newest finished run tagged with the identity), carries the identity, versions, package SHA-256 and
/// feed as tags, and the metrics in its description. Its source is described by <see cref="VersionSource"/>.
/// </summary>
public sealed class ModelRegistrar
{
    private readonly ICakeContext context;
    private readonly MlflowOptions options;
    private readonly HttpMessageHandler? handler;

    public ModelRegistrar(ICakeContext context, MlflowOptions options)
        : this(context, options, handler: null)
    {
    }

    /// <summary>With <paramref name="handler"/> in place of the network (tests).</summary>
    internal ModelRegistrar(ICakeContext context, MlflowOptions options, HttpMessageHandler? handler)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        this.context = context;
        this.options = options;
        this.handler = handler;
    }

    /// <summary>Makes sure the published package has its model version; <paramref name="training"/> is the run Train tracked, if any.</summary>
    public Task RegisterAsync(
        PublicationRecord publication, Provenance provenance, string packageFile, FeedSettings feed, TrackedRun? training, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(publication);
        ArgumentNullException.ThrowIfNull(provenance);
        var identity = publication.Identity;
        return RegistryFailures.RunAsync(context, options.Optional, $"could not register {identity} (the package is published; Publish again registers it)", async () =>
        {
            using var client = new MlflowClient(options.Connection, context.Log, handler);
            await client.EnsureRegisteredModelAsync(identity.Name, cancellationToken).ConfigureAwait(false);
            if (await client.FindVersionAsync(identity, cancellationToken).ConfigureAwait(false) is { } existing)
            {
                context.Information("MLflow: {0} is version {1} of registered model '{2}'; nothing registered.", identity, existing.Version, identity.Name);
                return;
            }

            var run = await TrainingRunAsync(client, identity, training, cancellationToken).ConfigureAwait(false);
            var source = VersionSource.InFeed(feed, identity) ?? await UploadAsync(client, identity, run, packageFile, cancellationToken).ConfigureAwait(false);
            var created = await client.CreateModelVersionAsync(
                identity.Name, source, run?.RunId, Tags(identity, publication, packageFile), Description(identity, provenance), cancellationToken).ConfigureAwait(false);
            context.Information(
                "MLflow: registered {0} as version {1} of '{2}' (source {3}; {4}).",
                identity,
                created.Version,
                identity.Name,
                source,
                run is null ? "no training run found" : "run " + run.RunId);
        });
    }

    /// <summary>The version's tags: what it is, what it was published as, and where.</summary>
    internal static Dictionary<string, string> Tags(ModelIdentity identity, PublicationRecord publication, string packageFile)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["identity"] = identity.ToString(),
            ["data.version"] = identity.DataVersion.ToString(CultureInfo.InvariantCulture),
            ["model.version"] = identity.ModelVersion.ToString(CultureInfo.InvariantCulture),
            ["package.sha256"] = Pipeline.Sha256.OfFile(packageFile),
            ["model.sha256"] = publication.ModelSha256,
            ["feed"] = RepositoryUrl.WithoutCredentials(publication.Feed),
            ["feed.type"] = publication.FeedType.Name(),
        };
        if (publication.InputsSha256 is { } inputs)
        {
            tags["inputs.sha256"] = inputs;
        }

        if (publication.BuiltAtCommit is { } commit)
        {
            tags["mlflow.source.git.commit"] = commit;
        }

        return tags;
    }

    /// <summary>The metrics the notebook recorded, one per line, and the promotion gate when one was asked for.</summary>
    internal static string Description(ModelIdentity identity, Provenance provenance)
    {
        var text = new StringBuilder($"Metrics of {identity}:");
        foreach (var (name, value) in provenance.Metrics.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n- {name}: {value.GetRawText()}");
        }

        if (provenance.Metrics.Count == 0)
        {
            text.Append(" none recorded.");
        }

        return text.ToString();
    }

    private async Task<MlflowRun?> TrainingRunAsync(MlflowClient client, ModelIdentity identity, TrackedRun? training, CancellationToken cancellationToken)
    {
        if (training is not null && training.TrackingUri == options.Connection.Display &&
            await client.GetRunAsync(training.RunId, cancellationToken).ConfigureAwait(false) is { } tracked)
        {
            return tracked;
        }

        // A training reused from an earlier identical run: that run is the one tagged with the identity.
        var experiment = await client.GetExperimentIdAsync(options.Experiment, cancellationToken).ConfigureAwait(false);
        return experiment is null ? null : await client.FindFinishedRunAsync(experiment, identity.ToString(), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<string> UploadAsync(MlflowClient client, ModelIdentity identity, MlflowRun? run, string packageFile, CancellationToken cancellationToken)
    {
        var folder = run is null ? VersionSource.InArtifactStore(identity) : VersionSource.InRun(run);
        await client.UploadArtifactAsync(folder, packageFile, Path.GetFileName(packageFile), cancellationToken).ConfigureAwait(false);
        return folder;
    }
}
