using Cake.Common.Diagnostics;
using Cake.Core;
using Orchestration.Configuration;
using Orchestration.Docker;
using Orchestration.Docker.Image;
using Orchestration.MachineServices.Engine;
using Orchestration.Tools.Docker;
using Orchestration.Tools.Docker.Inspect;
using Orchestration.Tools.Docker.Tag;

namespace Orchestration.Redeploy;

/// <summary>
/// The image that served (or was last built for) a published version on this engine: the one under its moving tag
/// <c>name:data.model</c>, taken only when its labels say that identity and that model SHA-256 and carry image inputs.
/// Reusing it needs neither the repository nor a build: it is the same image as before.
/// </summary>
internal static class PublishedImage
{
    public static ImageRecord? Find(ICakeContext context, RedeployRecord published, DockerEngine engine, CancellationToken cancellationToken)
    {
        var identity = published.Identity;
        var settings = new DockerInspectSettings().WithDockerHost(engine.Host);
        var moving = ImageNames.Moving(identity);
        var found = context.DockerImageInspect(settings, moving, cancellationToken);
        if (found is null)
        {
            return null;
        }

        var labels = found.Labels;
        if (labels.GetValueOrDefault(ImageLabels.ModelIdentity) != identity.ToString()
            || !string.Equals(labels.GetValueOrDefault(ImageLabels.ModelSha256), published.ModelSha256, StringComparison.OrdinalIgnoreCase)
            || labels.GetValueOrDefault(ImageLabels.Inputs) is not { Length: > 19 } inputs)
        {
            context.Information(
                "{0} on the engine is not an image of the published {1} (labels: identity {2}, model SHA-256 {3}): not reused.",
                moving, published.Identity, labels.GetValueOrDefault(ImageLabels.ModelIdentity) ?? "none", labels.GetValueOrDefault(ImageLabels.ModelSha256) ?? "none");
            return null;
        }

        var immutable = $"{ImageNames.Repository(identity)}:{identity.Version}-{inputs["sha256:".Length..("sha256:".Length + 12)]}";
        context.DockerTag(new DockerImageTagSettings().WithDockerHost(engine.Host), found.Id, immutable, cancellationToken);
        context.Information(
            "DockerBuild: reused {0} ({1}), the image of {2} on this engine (its labels: model SHA-256 {3}, image inputs {4}); nothing was built.",
            immutable, found.Id, published.Identity, published.ModelSha256, inputs);
        return new ImageRecord
        {
            Identity = published.Identity,
            Tags = [immutable, moving],
            ImageId = found.Id,
            ModelSha256 = published.ModelSha256.ToLowerInvariant(),
            DockerHost = engine.Host,
            Inputs = inputs,
            Built = false,
            Labels = labels,
        };
    }
}
