using System.Globalization;
using Cake.Common.Diagnostics;
using Cake.Core;
using Orchestration.Approval;
using Orchestration.Configuration;
using Orchestration.Pipeline;
using Orchestration.Terraform;

namespace Orchestration.Mlflow;

/// <summary>
/// Keeps the registry in step with what serves an environment. After an approved apply whose smoke test
/// passed, the deployed identity's version gets the environment's alias (MLflow moves it from the version
/// that held it; that one's number is recorded on the new holder), tags with the plan SHA-256, the approver
/// and the time, and, with --mlflow-stages, the environment's stage (archiving the version there). An
/// approved destroy removes the alias.
/// </summary>
public sealed class ServingAlias
{
    private readonly ICakeContext context;
    private readonly MlflowOptions options;
    private readonly string environment;
    private readonly string alias;
    private readonly HttpMessageHandler? handler;

    /// <summary>With <paramref name="handler"/> in place of the network (tests).</summary>
    internal ServingAlias(ICakeContext context, MlflowOptions options, string environment, HttpMessageHandler? handler = null)
    {
        this.handler = handler;
        this.context = context;
        this.options = options;
        this.environment = environment;
        alias = RegistryAlias.ForEnvironment(environment);
    }

    /// <summary>The alias keeper of <paramref name="environment"/>, or null without a tracking URI. Bad options are usage errors now, before anything is applied.</summary>
    public static ServingAlias? Bind(ICakeContext context, OptionValues values, string environment)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(environment);
        // The experiment is the tracking's business; the registry's names come from the deployed identity.
        return MlflowOptions.Bind(values, modelName: string.Empty) is { } options ? new ServingAlias(context, options, environment) : null;
    }

    /// <summary>After Apply: moves the alias to the version the approved, applied plan deployed (read from the plan's approval record).</summary>
    public Task AfterApplyAsync(ApplyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Applied(request, "apply") is not { } record || Identity(record) is not { } identity)
        {
            return Task.CompletedTask;
        }

        return RegistryFailures.RunAsync(context, options.Optional, $"could not point alias '{alias}' at {identity} (it is deployed)", async () =>
        {
            using var client = new MlflowClient(options.Connection, context.Log, handler);
            if (await client.FindVersionAsync(identity, cancellationToken).ConfigureAwait(false) is not { } version)
            {
                context.Warning(
                    "MLflow: {0} is not in the registry (it was published without {1}): alias '{2}' is left where it is.", identity, MlflowOptions.TrackingUri, alias);
                return;
            }

            var holder = await client.GetAliasAsync(identity.Name, alias, cancellationToken).ConfigureAwait(false);
            foreach (var (key, value) in DeploymentTags(environment, record, holder, version))
            {
                await client.SetModelVersionTagAsync(identity.Name, version.Version, key, value, cancellationToken).ConfigureAwait(false);
            }

            await client.SetAliasAsync(identity.Name, alias, version.Version, cancellationToken).ConfigureAwait(false);
            context.Information(
                "MLflow: alias '{0}' of '{1}' points at version {2} ({3}){4}.",
                alias,
                identity.Name,
                version.Version,
                identity,
                holder is null || holder.Version == version.Version ? string.Empty : $", moved from version {holder.Version}");
            await TransitionAsync(client, version, cancellationToken).ConfigureAwait(false);
        });
    }

    /// <summary>
    /// After an Apply with nothing to apply: the environment serves the version its plan names, so the alias belongs
    /// there. When it points elsewhere or nowhere (its move failed under --mlflow-optional, or it was moved by hand),
    /// it is pointed back, with a warning; the version keeps the deployment tags of the Apply that deployed it.
    /// </summary>
    public Task AfterNothingAppliedAsync(ApplyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var plan = SavedPlan.Load(request.Files, request.Environment, request.ReplanCommand);
        if (plan.Destroy || plan.HasChanges || plan.Identity is not { } identity)
        {
            return Task.CompletedTask;
        }

        return RegistryFailures.RunAsync(context, options.Optional, $"could not check that alias '{alias}' points at {identity} (it is deployed)", async () =>
        {
            using var client = new MlflowClient(options.Connection, context.Log, handler);
            if (await client.FindVersionAsync(identity, cancellationToken).ConfigureAwait(false) is not { } version)
            {
                context.Verbose("MLflow: {0} is not in the registry: alias '{1}' is left where it is.", identity, alias);
                return;
            }

            var holder = await client.GetAliasAsync(identity.Name, alias, cancellationToken).ConfigureAwait(false);
            if (holder?.Version == version.Version)
            {
                context.Verbose("MLflow: alias '{0}' of '{1}' points at version {2} ({3}), which '{4}' serves.", alias, identity.Name, version.Version, identity, environment);
                return;
            }

            await client.SetAliasAsync(identity.Name, alias, version.Version, cancellationToken).ConfigureAwait(false);
            context.Warning(
                "MLflow: alias '{0}' of '{1}' pointed at {2}, but '{3}' serves {4}: it points at version {5} again.",
                alias,
                identity.Name,
                holder is null ? "no version" : $"version {holder.Version}",
                environment,
                identity,
                version.Version);
        });
    }

    /// <summary>After Destroy: the environment serves nothing, so its alias goes.</summary>
    public Task AfterDestroyAsync(ApplyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Applied(request, "destroy") is not { } record || Identity(record) is not { } identity)
        {
            return Task.CompletedTask;
        }

        return RegistryFailures.RunAsync(context, options.Optional, $"could not remove alias '{alias}' (the environment is destroyed)", async () =>
        {
            using var client = new MlflowClient(options.Connection, context.Log, handler);
            await client.DeleteAliasAsync(identity.Name, alias, cancellationToken).ConfigureAwait(false);
            context.Information("MLflow: alias '{0}' of '{1}' removed.", alias, identity.Name);
        });
    }

    /// <summary>The tags recording a deployment; the previous holder's number only when the alias moves from another version.</summary>
    internal static Dictionary<string, string> DeploymentTags(string environment, ApprovalRecord record, MlflowModelVersion? holder, MlflowModelVersion version)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [RegistryAlias.DeployedTag(environment, "plan_sha256")] = record.PlanSha256,
            [RegistryAlias.DeployedTag(environment, "approver")] = record.Approver,
            [RegistryAlias.DeployedTag(environment, "at")] = (record.FinishedAt ?? record.ApprovedAt).ToString("o", CultureInfo.InvariantCulture),
        };
        if (holder is not null && holder.Version != version.Version)
        {
            tags[RegistryAlias.PreviousVersionTag(environment)] = holder.Version;
        }

        return tags;
    }

    private async Task TransitionAsync(MlflowClient client, MlflowModelVersion version, CancellationToken cancellationToken)
    {
        if (!options.Stages)
        {
            return;
        }

        if (RegistryAlias.Stage(environment) is not { } stage)
        {
            context.Information("MLflow: environment '{0}' has no registry stage ({1} maps production and staging); stage left at {2}.", environment, MlflowOptions.RegistryStages, version.CurrentStage);
            return;
        }

        await client.TransitionStageAsync(version.Name, version.Version, stage, archiveExistingVersions: true, cancellationToken).ConfigureAwait(false);
        context.Information("MLflow: version {0} of '{1}' moved to stage {2} (the versions there archived).", version.Version, version.Name, stage);
    }

    /// <summary>The approval record of the plan just applied, when it is of <paramref name="action"/> and was applied.</summary>
    private ApprovalRecord? Applied(ApplyRequest request, string action) =>
        ApprovalJournal.Read(request.Files.Approval) is { Status: ApprovalStatus.Applied } record && record.Action == action && record.Environment == environment
            ? record
            : null;

    private ModelIdentity? Identity(ApprovalRecord record)
    {
        if (ModelIdentity.TryParse(record.Identity, out var identity))
        {
            return identity;
        }

        context.Verbose("MLflow: the plan's identity '{0}' is no model identity; the registry is left alone.", record.Identity);
        return null;
    }
}
