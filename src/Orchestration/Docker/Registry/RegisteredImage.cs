using Cake.Core;
using Orchestration.Docker.Image;
using Orchestration.MachineServices.Engine;
using Orchestration.Tools.Docker;
using Orchestration.Tools.Docker.Inspect;

namespace Orchestration.Docker.Registry;

/// <summary>An image of the registry taken over instead of building or pushing one: pulled, and checked to carry the expected inputs.</summary>
internal static class RegisteredImage
{
    /// <summary>Pulls <paramref name="reference"/>; returns its image ID once its inputs label says <paramref name="inputs"/>.</summary>
    public static string Adopt(ICakeContext context, RegistrySession session, DockerEngine engine, string reference, string inputs)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(engine);
        session.Pull(reference);
        var pulled = context.DockerImageInspect(new DockerInspectSettings().WithDockerHost(engine.Host), reference, session.Cancellation)
            ?? throw new InvalidOperationException($"docker pull {reference} succeeded, but the engine {engine} has no such image afterwards.");
        var labelled = pulled.Labels.GetValueOrDefault(ImageLabels.Inputs);
        return labelled == inputs
            ? pulled.Id
            : throw new InvalidOperationException(
                $"The registry's {reference} carries the image inputs {labelled ?? "(no label)"}, not {inputs} as its tag promises: "
                + "something other than this build pushed it. Tags are never moved: delete that tag from the registry after checking who pushed it.");
    }
}
