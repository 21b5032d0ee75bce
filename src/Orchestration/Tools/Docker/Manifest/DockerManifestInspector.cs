using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Docker.Manifest;

/// <summary>Runs <c>docker manifest inspect --verbose</c>, quietly: it asks a registry what a tag holds without pulling it.</summary>
internal sealed class DockerManifestInspector(ICakeContext context) : DockerTool<DockerManifestInspectSettings>(context)
{
    /// <summary>The manifest under <paramref name="imageReference"/>; null when the registry has no such tag (or repository).</summary>
    public RegistryManifest? Inspect(DockerManifestInspectSettings settings, string imageReference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrEmpty(imageReference);
        var result = Execute(settings, Arguments(settings, imageReference), new ToolRunOptions
        {
            EchoOutput = false,
            ExpectedFailure = NoSuchManifest,
            FailureHint = $"The registry could not be asked for {imageReference}: check that it runs and the credentials (DOCKER_REGISTRY_USERNAME, DOCKER_REGISTRY_PASSWORD).",
        }, cancellationToken);
        return result.ExitCode == 0 ? result.Read(RegistryManifest.Parse, "a manifest's JSON") : null;
    }

    private static bool NoSuchManifest(ToolResult result) =>
        result.ExitCode == 1 && result.StandardError.Any(line => line.Contains("no such manifest", StringComparison.OrdinalIgnoreCase)
            || line.Contains("manifest unknown", StringComparison.OrdinalIgnoreCase));

    internal static ProcessArgumentBuilder Arguments(DockerManifestInspectSettings settings, string imageReference)
    {
        var arguments = new ProcessArgumentBuilder().Append("manifest").Append("inspect");
        if (settings.Insecure)
        {
            arguments.Append("--insecure");
        }

        return arguments.Append("--verbose").AppendQuoted(imageReference);
    }
}
