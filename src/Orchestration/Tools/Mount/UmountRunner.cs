using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Mount;

/// <summary>Runs <c>umount</c>.</summary>
internal sealed class UmountRunner(ICakeContext context) : CommandLineTool<UmountSettings>(context)
{
    public void Umount(UmountSettings settings, string target, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(target);
        Execute(settings, new ProcessArgumentBuilder().AppendQuoted(target), null, cancellationToken);
    }

    protected override string GetToolName() => "umount";

    protected override IEnumerable<string> GetToolExecutableNames() => ["umount"];
}
