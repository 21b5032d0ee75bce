using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Docker.Version;

/// <summary>Runs <c>docker version</c> to ask the engine for its version: the cheapest question an engine answers.</summary>
internal sealed class DockerVersionRunner(ICakeContext context) : DockerTool<DockerVersionSettings>(context)
{
    /// <summary>The engine's version, or null with the CLI's complaint when no engine answered.</summary>
    public (string? Version, string Error) ServerVersion(DockerVersionSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var arguments = new ProcessArgumentBuilder().Append("version").AppendSwitchQuoted("--format", "{{.Server.Version}}");
        try
        {
            var result = Execute(settings, arguments, new ToolRunOptions { EchoOutput = false, SuccessExitCodes = [0, 1] }, cancellationToken);
            var version = result.StandardOutput.FirstOrDefault(line => line.Length > 0);
            return result.ExitCode == 0 && version is not null
                ? (version, string.Empty)
                : (null, string.Join(' ', result.StandardError.Where(line => line.Length > 0)));
        }
        catch (ToolFailedException failure) when (failure.ExitCode is null)
        {
            // Timed out: an engine that does not answer in time is as good as none.
            return (null, failure.Message.Split('\n')[0]);
        }
    }
}
