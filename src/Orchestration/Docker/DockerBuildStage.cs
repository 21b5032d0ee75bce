using System.Globalization;
using Cake.Common.Diagnostics;
using Cake.Core;
using Orchestration.Docker.Image;
using Orchestration.Docker.Registry;
using Orchestration.MachineServices.BaseImage;
using Orchestration.MachineServices.Engine;
using Orchestration.Packaging;
using Orchestration.Pipeline;
using Orchestration.Publishing;
using Orchestration.Tooling;
using Orchestration.Tools.Docker.Tag;
using Orchestration.Tools.Docker;

namespace Orchestration.Docker;

/// <summary>
/// DockerBuild: resolves the published model from its feed (not the file the workspace still has),
/// checks its SHA-256 against what Publish recorded, and builds the serving image around it.
/// The base image: --base-image=IMAGE; <c>local</c> for the offline one (debootstrap, cached); by
/// default the offline one on the private engine (a machine with no engine has no registry access
/// either), else the Dockerfile's own default.
/// Nothing is built when an image of the same inputs (<see cref="ImageInputs"/>) is on the engine, or
/// under its immutable tag in --registry (then it is pulled).
/// </summary>
public static class DockerBuildStage
{
    public const string LocalBaseImage = "local";

    public static async Task<ImageRecord> RunAsync(ICakeContext context, IModelResolver resolver, DockerBuildInputs inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(inputs);
        // The records come from one run and one model (StageRecordStore checks it): the published identity is the configured one.
        var identity = inputs.Publication.Identity;
        var downloads = Path.Combine(inputs.WorkDirectory, "docker-model", identity.ToString());
        if (Directory.Exists(downloads))
        {
            Directory.Delete(downloads, recursive: true);
        }

        Directory.CreateDirectory(downloads);
        context.Information("Resolving {0} from the {1} feed {2}.", identity, inputs.Publication.FeedType, inputs.Publication.Feed);
        var resolved = await resolver.ResolveAsync(identity, downloads, cancellationToken).ConfigureAwait(false);
        if (!string.Equals(resolved.ModelSha256, inputs.Publication.ModelSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"The feed's {identity} has SHA-256 {resolved.ModelSha256} by its provenance, but Publish recorded {inputs.Publication.ModelSha256}: "
                + "the package in the feed is not the one this run published. Run Publish again.");
        }

        ModelChecksum.Verify(resolved.ModelFile, inputs.Publication.ModelSha256, "resolved from the feed");
        var provenance = ProvenanceJson.ReadFile(resolved.ProvenanceFile);
        var baseImage = await BaseImageForAsync(context, inputs, cancellationToken).ConfigureAwait(false);
        var request = new ServingImageRequest
        {
            Identity = identity,
            ProjectDirectory = inputs.Checkout.ProjectDirectory,
            Dockerfile = inputs.Model.Dockerfile,
            ModelFile = resolved.ModelFile,
            ModelSha256 = inputs.Publication.ModelSha256,
            Commit = provenance.Source.Commit,
            Source = provenance.Source.Repository,
            Created = CreatedAt(inputs.SourceDateEpoch, provenance),
            BaseImage = baseImage.Tag,
            BaseImageLayers = baseImage.Layers,
        };

        var builder = new ServingImageBuilder(context);
        var prepared = builder.Prepare(request, inputs.Engine, Path.Combine(inputs.WorkDirectory, "docker-context"), cancellationToken);
        try
        {
            return builder.Reuse(prepared, inputs.Engine, cancellationToken)
                ?? await FromRegistryAsync(context, prepared, inputs, cancellationToken).ConfigureAwait(false)
                ?? await builder.BuildAsync(prepared, inputs.Engine, cancellationToken).ConfigureAwait(false);
        }
        catch (ToolFailedException failure) when (baseImage.Tag is null && failure.Message.Split('\n')[0].Contains(": FROM ", StringComparison.Ordinal))
        {
            throw new ToolFailedException(
                failure.Message + $"\nThe Dockerfile's default base image could not be had. --base-image={LocalBaseImage} builds a Python base image "
                + "offline from the machine's Debian mirror; --base-image=IMAGE uses an image your engine can pull.",
                failure);
        }
    }

    /// <summary>SOURCE_DATE_EPOCH when set (the reproducible-builds convention), else when the model finished training.</summary>
    internal static DateTimeOffset CreatedAt(string? sourceDateEpoch, Provenance provenance)
    {
        if (string.IsNullOrWhiteSpace(sourceDateEpoch))
        {
            return provenance.Training.FinishedAt;
        }

        return long.TryParse(sourceDateEpoch.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 253402300799
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : throw ConfigurationError.Create($"SOURCE_DATE_EPOCH '{sourceDateEpoch}' is not a time: expected whole seconds since 1970-01-01 UTC, e.g. 1717243200.");
    }

    /// <summary>The image of the same inputs from --registry, pulled; null when there is no registry or it has none.</summary>
    private static async Task<ImageRecord?> FromRegistryAsync(ICakeContext context, PreparedImage prepared, DockerBuildInputs inputs, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(inputs.Registry))
        {
            return null;
        }

        var registry = await DockerPushStage.AddressAsync(context, inputs.Registry.Trim(), inputs.WorkDirectory, cancellationToken).ConfigureAwait(false);
        using var session = new RegistrySession(context, registry, inputs.Engine, inputs.RegistryUsername, inputs.RegistryPassword, cancellationToken);
        var (repository, tag) = ImageNames.Split(prepared.ImmutableTag);
        var reference = registry.Reference(repository, tag);
        if (session.Find(reference) is null)
        {
            return null;
        }

        var imageId = RegisteredImage.Adopt(context, session, inputs.Engine, reference, prepared.Inputs.Digest);
        foreach (var local in prepared.Tags)
        {
            context.DockerTag(new DockerImageTagSettings().WithDockerHost(inputs.Engine.Host), imageId, local, cancellationToken);
        }

        context.Information("DockerBuild: pulled {0} ({1}) from the registry: it was built from these inputs before; nothing was built.", reference, imageId);
        return ServingImageBuilder.Record(prepared, inputs.Engine, imageId, built: false);
    }

    /// <summary>The base image's tag (null: the Dockerfile's default) and, when it was just inspected, its layers.</summary>
    private static async Task<(string? Tag, IReadOnlyList<string>? Layers)> BaseImageForAsync(ICakeContext context, DockerBuildInputs inputs, CancellationToken cancellationToken)
    {
        var wanted = string.IsNullOrWhiteSpace(inputs.BaseImage) ? null : inputs.BaseImage.Trim();
        if (wanted is null && inputs.Engine.Kind != DockerEngineKind.Private)
        {
            return (null, null);
        }

        if (wanted is null || wanted == LocalBaseImage)
        {
            var cache = inputs.BaseImageCache ?? OfflineBaseImage.DefaultCacheDirectory(inputs.WorkDirectory);
            var spec = BaseImageSpec.For(DebianSources.HostSuite());
            var image = await new OfflineBaseImage(context, cache).EnsureAsync(inputs.Engine, spec, cancellationToken).ConfigureAwait(false);
            return (spec.Tag, image.Layers);
        }

        return (wanted, null);
    }
}
