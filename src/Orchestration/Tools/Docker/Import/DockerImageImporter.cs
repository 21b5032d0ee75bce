using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Docker.Import;

/// <summary>Runs <c>docker import</c>: makes an image from a root file system tarball.</summary>
internal sealed class DockerImageImporter(ICakeContext context) : DockerTool<DockerImageImportSettings>(context)
{
    /// <summary>Imports <paramref name="tarball"/> as <paramref name="reference"/>; returns the new image's ID.</summary>
    public string Import(DockerImageImportSettings settings, string tarball, string reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrEmpty(tarball);
        ArgumentException.ThrowIfNullOrEmpty(reference);
        var arguments = new ProcessArgumentBuilder().Append("import");
        foreach (var change in settings.Change)
        {
            arguments.AppendSwitchQuoted("--change", change);
        }

        if (settings.Message is { } message)
        {
            arguments.AppendSwitchQuoted("--message", message);
        }

        var result = Execute(settings, arguments.AppendQuoted(tarball).AppendQuoted(reference), new ToolRunOptions { EchoOutput = false }, cancellationToken);
        return result.StandardOutput.LastOrDefault(line => line.StartsWith("sha256:", StringComparison.Ordinal))?.Trim()
            ?? throw result.Unexpected($"docker import of {tarball} printed no image ID (a line starting with sha256:).");
    }
}
