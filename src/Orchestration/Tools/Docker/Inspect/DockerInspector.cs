using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Docker.Inspect;

/// <summary>Runs <c>docker inspect</c>, quietly: its output is for the caller to read.</summary>
internal sealed class DockerInspector(ICakeContext context) : DockerTool<DockerInspectSettings>(context)
{
    /// <summary>
    /// <c>docker inspect --type image --format "{{json .}}" IMAGE</c>: what the engine knows of one image, or null
    /// when it has no such image.
    /// </summary>
    public DockerImageDetails? InspectImage(DockerInspectSettings settings, string image, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrEmpty(image);
        settings.Type = "image";
        settings.Format = "{{json .}}";
        var result = Execute(settings, Arguments(settings, [image]), new ToolRunOptions { EchoOutput = false, ExpectedFailure = NoSuchObject }, cancellationToken);
        return result.ExitCode == 0 ? result.Read(DockerImageDetails.Parse, "an image's JSON") : null;
    }

    private static bool NoSuchObject(ToolResult result) =>
        result.ExitCode == 1 && result.StandardError.Any(line => line.Contains("No such", StringComparison.OrdinalIgnoreCase));

    internal static ProcessArgumentBuilder Arguments(DockerInspectSettings settings, IReadOnlyList<string> objects)
    {
        if (objects.Count == 0)
        {
            throw new ArgumentException("docker inspect needs at least one object.", nameof(objects));
        }

        var arguments = new ProcessArgumentBuilder().Append("inspect");
        if (settings.Type is { } type)
        {
            arguments.AppendSwitchQuoted("--type", type);
        }

        if (settings.Format is { } format)
        {
            arguments.AppendSwitchQuoted("--format", format);
        }

        foreach (var item in objects)
        {
            arguments.AppendQuoted(item);
        }

        return arguments;
    }
}
