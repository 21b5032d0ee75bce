using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;
using Orchestration.Docker;
using Orchestration.Tooling;
using Orchestration.Tools.Docker;

namespace Orchestration.IntegrationTests.Docker.Support;

public sealed class DockerCliSettings : ToolSettings
{
}

/// <summary>Any docker command, for what the tests check from outside the stage (create, cp, run, pull, rm).</summary>
internal sealed class DockerCli(ICakeContext context, string host) : DockerTool<DockerCliSettings>(context)
{
    public ToolResult Run(params string[] arguments)
    {
        var builder = new ProcessArgumentBuilder();
        foreach (var argument in arguments)
        {
            builder.AppendQuoted(argument);
        }

        return Execute(new DockerCliSettings { ToolTimeout = TimeSpan.FromMinutes(5) }.WithDockerHost(host), builder, new ToolRunOptions { EchoOutput = false }, CancellationToken.None);
    }
}
