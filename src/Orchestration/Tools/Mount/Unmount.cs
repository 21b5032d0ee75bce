using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Mount;

/// <summary>Runs <c>umount</c>.</summary>
internal sealed class Unmount(ICakeContext context) : CommandLineTool<MountSettings>(context)
{
    public void Run(MountSettings settings, string target, CancellationToken cancellationToken) => Execute(settings, new ProcessArgumentBuilder().AppendQuoted(target), null, cancellationToken);

    protected override string GetToolName() => "umount";

    protected override IEnumerable<string> GetToolExecutableNames() => ["umount"];
}
