using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Docker.Inspect;

/// <summary>Runs <c>docker inspect</c>, quietly: its output is for the caller to read.</summary>
internal sealed class DockerInspector(ICakeContext context) : DockerTool<DockerInspectSettings>(context)
{
    public IReadOnlyList<string> Inspect(DockerInspectSettings settings, IReadOnlyList<string> objects, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Execute(settings, Arguments(settings, objects), new ToolRunOptions { EchoOutput = false }, cancellationToken).StandardOutput;
    }

    /// <summary>Like <see cref="Inspect"/>, but null when docker says there is no such object.</summary>
    public IReadOnlyList<string>? TryInspect(DockerInspectSettings settings, IReadOnlyList<string> objects, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var arguments = Arguments(settings, objects);
        var result = Execute(settings, arguments, new ToolRunOptions { EchoOutput = false, SuccessExitCodes = [0, 1] }, cancellationToken);
        if (result.ExitCode == 0)
        {
            return result.StandardOutput;
        }

        return result.StandardError.Any(line => line.Contains("No such", StringComparison.OrdinalIgnoreCase))
            ? null
            : throw new ToolFailedException(
                $"docker inspect {string.Join(' ', objects)} failed with exit code 1:\n  " + string.Join("\n  ", result.StandardError))
            {
                ExitCode = 1,
                StandardError = result.StandardError,
            };
    }

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
