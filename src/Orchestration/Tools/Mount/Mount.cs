using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Mount;

/// <summary>Runs <c>mount -t overlay</c>: to learn whether a folder's file system can back overlay2.</summary>
internal sealed class Mount(ICakeContext context) : CommandLineTool<MountSettings>(context)
{
    public void Overlay(MountSettings settings, string lower, string upper, string work, string target, CancellationToken cancellationToken) =>
        Execute(settings, new ProcessArgumentBuilder()
            .Append("-t").Append("overlay").Append("overlay")
            .Append("-o").AppendQuoted($"lowerdir={lower},upperdir={upper},workdir={work}")
            .AppendQuoted(target), new ToolRunOptions { EchoOutput = false }, cancellationToken);

    protected override string GetToolName() => "mount";

    protected override IEnumerable<string> GetToolExecutableNames() => ["mount"];
}
