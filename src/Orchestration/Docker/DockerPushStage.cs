using Cake.Common.Diagnostics;
using Cake.Core;
using Orchestration.Docker.Image;
using Orchestration.Docker.Registry;
using Orchestration.MachineServices.Engine;
using Orchestration.Pipeline;
using Orchestration.Tools.Docker;
using Orchestration.Tools.Docker.Inspect;

namespace Orchestration.Docker;

/// <summary>
/// DockerPush: pushes the image under its immutable tag (<c>name:d.m-inputs</c>) and records the digest
/// the registry gave it. Skipped when the registry already holds this image under that tag; when it holds
/// another build of the same inputs there, that one is taken over: a pushed tag never moves.
/// </summary>
public static class DockerPushStage
{
    public const string EmbeddedRegistry = "embedded";

    private static readonly TimeSpan RegistryStartTimeout = TimeSpan.FromSeconds(30);

    public static async Task<ImageRecord> RunAsync(ICakeContext context, DockerPushInputs inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(inputs);
        var registry = await AddressAsync(context, inputs.Registry, inputs.WorkDirectory, cancellationToken).ConfigureAwait(false);
        var image = inputs.Image;
        if (context.DockerImageInspect(new DockerInspectSettings().WithDockerHost(inputs.Engine.Host), image.ImageId, cancellationToken) is null)
        {
            throw ConfigurationError.Create(
                $"The image DockerBuild built ({image.ImageId}, {string.Join(", ", image.Tags)}) is no longer on the engine {inputs.Engine}: "
                + "run --target=DockerBuild again.");
        }

        using var session = new RegistrySession(context, registry, inputs.Engine, inputs.Username, inputs.Password, cancellationToken);
        var (repository, tag) = ImageNames.Split(image.Tags[0]);
        var target = registry.Reference(repository, tag);
        var there = session.Find(target);
        string digest;
        var imageId = image.ImageId;
        if (there is not null && there.ConfigDigest == image.ImageId)
        {
            context.Information("DockerPush: skipped, {0} already holds this image ({1}) as {2}.", target, image.ImageId, there.Digest);
            digest = there.Digest;
        }
        else if (there is not null)
        {
            context.Information("{0} holds another build of the same inputs ({1}); taking it over rather than moving the tag.", target, there.Digest);
            imageId = RegisteredImage.Adopt(context, session, inputs.Engine, target, image.Inputs ?? "(unknown: the image record predates image inputs)");
            digest = there.Digest;
        }
        else
        {
            digest = await session.PushAsync(image.ImageId, target).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"The registry {registry} reported no digest for {target}; the pushed image cannot be identified.");
            context.Information("Pushed {0} as {1}.", target, digest);
        }

        return image with
        {
            ImageId = imageId,
            Registry = registry.ToString(),
            PushedTags = [target],
            PushedDigest = $"{registry.Repository(repository)}@{digest}",
        };
    }

    /// <summary>--registry as an address; <c>embedded</c> starts (or finds running) this workspace's registry.</summary>
    internal static async Task<RegistryAddress> AddressAsync(ICakeContext context, string registry, string workDirectory, CancellationToken cancellationToken) =>
        RegistryAddress.Parse(registry == EmbeddedRegistry
            ? await StartEmbeddedRegistryAsync(context, workDirectory, cancellationToken).ConfigureAwait(false)
            : registry);

    private static Task<string> StartEmbeddedRegistryAsync(ICakeContext context, string workDirectory, CancellationToken cancellationToken)
    {
        DockerEngines.RequireProgram(context, "docker-registry", "The embedded registry", "docker-registry", cancellationToken);
        return WorkspaceDockerServices.Registry(workDirectory).StartAsync(context, RegistryStartTimeout, cancellationToken);
    }
}
