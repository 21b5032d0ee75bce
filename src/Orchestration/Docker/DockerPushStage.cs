using Cake.Common.Diagnostics;
using Cake.Core;
using Orchestration.Docker.Image;
using Orchestration.Docker.Registry;
using Orchestration.MachineServices.Engine;
using Orchestration.Pipeline;
using Orchestration.Tools.Docker;
using Orchestration.Tools.Docker.Inspect;
using Orchestration.Tools.Docker.Login;
using Orchestration.Tools.Docker.Push;
using Orchestration.Tools.Docker.Tag;

namespace Orchestration.Docker;

/// <summary>
/// DockerPush: tags the built image for the registry under both its tags, logs in when credentials
/// are given (password through standard input, into a throwaway client configuration), pushes, and
/// records the digest the registry gave it.
/// </summary>
public static class DockerPushStage
{
    public const string EmbeddedRegistry = "embedded";

    private static readonly TimeSpan RegistryStartTimeout = TimeSpan.FromSeconds(30);

    public static ImageRecord Run(ICakeContext context, DockerPushInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(inputs);
        var registry = RegistryAddress.Parse(inputs.Registry == EmbeddedRegistry ? StartEmbeddedRegistry(context, inputs.WorkDirectory) : inputs.Registry);
        var image = inputs.Image;
        if (context.DockerImageInspect(new DockerInspectSettings().WithDockerHost(inputs.Engine.Host), image.ImageId) is null)
        {
            throw ConfigurationError.Create(
                $"The image DockerBuild built ({image.ImageId}, {string.Join(", ", image.Tags)}) is no longer on the engine {inputs.Engine}: "
                + "run --target=DockerBuild again.");
        }

        using var client = RegistryClientConfiguration.For(inputs.Username, inputs.Password);
        if (client.Username is not null)
        {
            context.Information("Logging in to {0} as {1}, into a throwaway client configuration deleted after the push.", registry.Server, client.Username);
            context.DockerLogin(client.Apply(new DockerLoginSettings { Username = client.Username, Password = client.Password }, inputs.Engine), registry.Server);
        }

        var pushed = new List<string>();
        var digests = new HashSet<string>(StringComparer.Ordinal);
        foreach (var local in image.Tags)
        {
            var (repository, tag) = ImageNames.Split(local);
            var target = registry.Reference(repository, tag);
            context.DockerTag(new DockerImageTagSettings().WithDockerHost(inputs.Engine.Host), image.ImageId, target);
            if (context.DockerPush(client.Apply(new DockerImagePushSettings(), inputs.Engine), target) is { } digest)
            {
                digests.Add(digest);
            }

            pushed.Add(target);
        }

        var repositoryName = ImageNames.Split(image.Tags[0]).Repository;
        var pushedDigest = digests.Count == 1
            ? $"{registry.Repository(repositoryName)}@{digests.Single()}"
            : throw new InvalidOperationException(
                $"The registry {registry} reported {(digests.Count == 0 ? "no digest" : "different digests: " + string.Join(", ", digests))} "
                + $"for {string.Join(", ", pushed)}; the pushed image cannot be identified.");
        context.Information("Pushed {0} as {1}.", string.Join(", ", pushed), pushedDigest);
        return image with { Registry = registry.ToString(), PushedTags = pushed, PushedDigest = pushedDigest };
    }

    private static string StartEmbeddedRegistry(ICakeContext context, string workDirectory)
    {
        DockerEngines.RequireProgram(context, "docker-registry", "The embedded registry", "docker-registry");
        return WorkspaceDockerServices.Registry(workDirectory).Start(context, RegistryStartTimeout);
    }
}
