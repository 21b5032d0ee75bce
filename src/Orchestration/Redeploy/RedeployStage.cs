using Cake.Common.Diagnostics;
using Cake.Core;
using Orchestration.Approval;
using Orchestration.Checkout;
using Orchestration.Configuration;
using Orchestration.Docker;
using Orchestration.MachineServices.Engine;
using Orchestration.Mlflow;
using Orchestration.Packaging;
using Orchestration.Pipeline;
using Orchestration.Publishing;
using Orchestration.Terraform;

namespace Orchestration.Redeploy;

/// <summary>
/// <c>--deploy</c>: deploys a version already in the feed, with no checkout and no training. DockerBuild resolves
/// it (an identity, or <c>previous</c> from the audit log), downloads its package and checks the model's SHA-256
/// against the provenance, then reuses the version's image on the engine or builds it from the serving files of the
/// commit it was trained at; Plan and Apply then run as for any version.
/// </summary>
public static class RedeployStage
{
    /// <summary>
    /// The version <c>--deploy</c> names in <c>--environment</c>, downloaded from <c>--feed</c> and checked. <c>previous</c>
    /// comes from the audit log, else (with <c>--mlflow-tracking-uri</c>) from the registry's alias of the environment.
    /// </summary>
    public static async Task<RedeployRecord> ResolveAsync(ICakeContext context, OptionValues options, WorkspacePaths paths, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(paths);
        var target = options.Get(DeployOptions.Deploy) ?? throw new InvalidOperationException($"{DeployOptions.Deploy} is not given.");
        var environment = options.Get(TerraformOptions.Environment)!;
        var feed = FeedOptions.Bind(options, FeedOptions.DefaultFeed(paths), paths.Root);
        var identity = await IdentityAsync(context, target, environment, options, paths, cancellationToken).ConfigureAwait(false);

        var folder = Path.Combine(paths.Work, "deploy", identity.ToString());
        WorkspaceClone.Remove(folder);
        using var resolver = new ModelResolver(ModelFeeds.Open(context, feed));
        context.Information("Resolving the published {0} from the {1} feed {2}.", identity, feed.Type.Name(), feed.Feed);
        var published = await resolver.Feed.ListAsync(identity.Name, cancellationToken).ConfigureAwait(false);
        if (!published.Contains(identity))
        {
            var holdings = FeedHoldings.Describe(resolver.Feed, identity.Name, published);
            throw ConfigurationError.Create(
                $"{DeployOptions.Deploy}={target}: {identity} is not published in {resolver.Feed.Location} ({feed.Type.Name()} feed; {holdings}). "
                + $"Name a published version, or check {FeedOptions.Feed} and {FeedOptions.FeedType}.");
        }

        var resolved = await resolver.ResolveAsync(identity, folder, cancellationToken).ConfigureAwait(false);
        var provenance = ProvenanceJson.ReadFile(resolved.ProvenanceFile);
        if (provenance.Identity != identity)
        {
            throw new InvalidOperationException($"The feed's package of {identity} holds the provenance of {provenance.Identity}: it was not published by Orchestration as {identity}. Do not deploy it.");
        }

        context.Information(
            "Deploying the published {0}: model SHA-256 {1} checked against its provenance; trained at commit {2} of {3}. No checkout, no training.",
            identity, resolved.ModelSha256, provenance.Source.Commit, provenance.Source.Repository);
        return new RedeployRecord
        {
            Requested = target.ToString(),
            Identity = identity,
            Environment = environment,
            Feed = feed.Feed,
            FeedType = feed.Type,
            MavenGroupId = feed.MavenGroupId,
            FeedTimeout = feed.RequestTimeout,
            ModelSha256 = resolved.ModelSha256,
            ProvenanceFile = resolved.ProvenanceFile,
            Commit = provenance.Source.Commit,
            Promotion = provenance.Promotion?.Verdict,
        };
    }

    internal static async Task<ModelIdentity> IdentityAsync(
        ICakeContext context, DeployTarget target, string environment, OptionValues options, WorkspacePaths paths, CancellationToken cancellationToken)
    {
        var logs = ApprovalJournal.AuditLogs(paths);
        if (DeploymentHistory.Resolve(target, environment, logs) is { } identity)
        {
            if (target.IsPrevious)
            {
                context.Information("{0}={1}: {2} served '{3}' before the version serving it now (audit log {4}).",
                    DeployOptions.Deploy, target, identity, environment, ApprovalJournal.LongestLog(logs));
            }

            return identity;
        }

        // The audit log does not know (a new CI workspace, say): the registry may, when MLflow is used.
        var model = DeploymentHistory.ModelName(environment, logs) ?? options.Get(ConfigurationOptions.ModelName);
        if (MlflowOptions.Bind(options, model ?? string.Empty) is not { } mlflow)
        {
            throw DeploymentHistory.NoPrevious(environment, logs, registry: null);
        }

        if (model is null)
        {
            throw ConfigurationError.Create(
                DeploymentHistory.NoPrevious(environment, logs, registry: null).Message
                + $" Or name the model ({ConfigurationOptions.ModelName}=NAME) for the MLflow registry at {mlflow.Connection.Display} to be asked.");
        }

        using var client = new MlflowClient(mlflow.Connection, context.Log);
        var fromRegistry = await RegistryHistory.PreviousAsync(client, model, environment, cancellationToken).ConfigureAwait(false)
            ?? throw DeploymentHistory.NoPrevious(environment, logs, mlflow.Connection.Display);
        context.Information("{0}={1}: {2} served '{3}' before the version serving it now (MLflow registry {4}, alias {3}).",
            DeployOptions.Deploy, target, fromRegistry, environment, mlflow.Connection.Display);
        return fromRegistry;
    }

    /// <summary>
    /// The version DockerBuild resolved, for Plan: refused (exit 2) when <c>--deploy</c> or <c>--environment</c> now say
    /// otherwise (a Plan run with --exclusive after a DockerBuild of another version).
    /// </summary>
    public static RedeployRecord Recorded(RedeployRecord record, OptionValues options)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(options);
        var target = options.Get(DeployOptions.Deploy);
        var environment = options.Get(TerraformOptions.Environment);
        var other = target?.Identity is { } named && named != record.Identity
            ? $"{DeployOptions.Deploy}={named}"
            : target is { IsPrevious: true } && environment != record.Environment ? $"{DeployOptions.Deploy}={target} for {TerraformOptions.Environment}={environment}" : null;
        return other is null
            ? record
            : throw ConfigurationError.Create(
                $"DockerBuild resolved {DeployOptions.Deploy}={record.Requested} to {record.Identity} (for {TerraformOptions.Environment}={record.Environment}), but this run asks for {other}: "
                + $"run --target=DockerBuild with {other} first, or leave out --exclusive.");
    }

    /// <summary>The version's image on the engine (see <see cref="PublishedImage"/>); null when there is none to reuse.</summary>
    public static ImageRecord? ReuseImage(ICakeContext context, RedeployRecord published, DockerEngine engine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(engine);
        return PublishedImage.Find(context, published, engine, cancellationToken);
    }

    /// <summary>
    /// What DockerBuild needs to build the version's image when the engine has none: the serving files at the
    /// commit it was trained at (<see cref="ServingSource"/>), its configuration there, and the publication it came from.
    /// </summary>
    public static (CheckoutRecord Checkout, ModelConfiguration Model, PublicationRecord Publication) ServingSourceOf(
        ICakeContext context, RedeployRecord published, WorkspacePaths paths, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(paths);
        var provenance = ProvenanceJson.ReadFile(published.ProvenanceFile);
        var (checkout, model) = ServingSource.Fetch(context, provenance, paths.Root, Path.Combine(paths.Work, "deploy", "source"), cancellationToken);
        var publication = new PublicationRecord
        {
            Identity = published.Identity,
            Feed = published.Feed,
            FeedType = published.FeedType,
            MavenGroupId = published.MavenGroupId,
            FeedTimeout = published.FeedTimeout,
            AlreadyPublished = true,
            ModelSha256 = published.ModelSha256,
            InputsSha256 = provenance.Inputs?.Sha256,
            Commit = provenance.Source.Commit,
            BuiltAtCommit = provenance.Source.Commit,
            BuiltBy = provenance.Build,
            // The package does not say when it was published; when its model was trained is the nearest it knows.
            PublishedAt = provenance.Training.FinishedAt,
        };
        return (checkout, model, publication);
    }
}
