using System.Text.RegularExpressions;
using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Docker.Push;

/// <summary>Runs <c>docker push</c> and reads the digest the registry gave the pushed manifest.</summary>
internal sealed partial class DockerImagePusher(ICakeContext context) : DockerTool<DockerImagePushSettings>(context)
{
    /// <summary>Pushes <paramref name="imageReference"/>; returns the manifest digest (<c>sha256:...</c>), or null when docker did not print one.</summary>
    public async Task<string?> PushAsync(DockerImagePushSettings settings, string imageReference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrEmpty(imageReference);
        var arguments = new ProcessArgumentBuilder().Append("push");
        if (settings.AllTags)
        {
            arguments.Append("--all-tags");
        }

        if (settings.DisableContentTrust is { } disable)
        {
            arguments.Append(disable ? "--disable-content-trust=true" : "--disable-content-trust=false");
        }

        if (settings.Quiet)
        {
            arguments.Append("--quiet");
        }

        var result = await ExecuteAsync(settings, arguments.AppendQuoted(imageReference), new ToolRunOptions
        {
            FailureHint = $"The registry did not take {imageReference}: check that it runs, that this repository may be pushed to, "
                + "and the credentials (DOCKER_REGISTRY_USERNAME, DOCKER_REGISTRY_PASSWORD).",
        }, cancellationToken).ConfigureAwait(false);
        return DigestIn(result.StandardOutput);
    }

    /// <summary>The digest in docker's closing line, <c>TAG: digest: sha256:... size: N</c>.</summary>
    internal static string? DigestIn(IEnumerable<string> output) =>
        output.Select(line => PushedDigest().Match(line)).LastOrDefault(match => match.Success)?.Groups["digest"].Value;

    [GeneratedRegex(@"digest: (?<digest>sha256:[0-9a-f]{64})")]
    private static partial Regex PushedDigest();
}
