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
            SuccessExitCodes = [0, 1],
            FailureHint = $"The registry could not be asked for {imageReference}: check that it runs and the credentials (DOCKER_REGISTRY_USERNAME, DOCKER_REGISTRY_PASSWORD).",
        }, cancellationToken);
        if (result.ExitCode == 0)
        {
            return RegistryManifest.Parse(string.Join('\n', result.StandardOutput));
        }

        return result.StandardError.Any(line => line.Contains("no such manifest", StringComparison.OrdinalIgnoreCase)
                || line.Contains("manifest unknown", StringComparison.OrdinalIgnoreCase))
            ? null
            : throw new ToolFailedException(
                $"docker manifest inspect {imageReference} failed with exit code 1:\n  " + string.Join("\n  ", result.StandardError))
            {
                ExitCode = 1,
                StandardError = result.StandardError,
            };
    }

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
