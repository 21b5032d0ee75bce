using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Tar;

/// <summary>Runs <c>tar</c> to pack a folder's content, owners and modes kept (as <c>docker import</c> wants it).</summary>
internal sealed class Tar(ICakeContext context) : CommandLineTool<TarSettings>(context)
{
    public void Create(TarSettings settings, string directory, string archive, CancellationToken cancellationToken) =>
        Execute(settings, new ProcessArgumentBuilder()
            .Append("--create")
            .AppendSwitchQuoted("--file", "=", archive)
            .AppendSwitchQuoted("--directory", "=", directory)
            .Append("--numeric-owner")
            .Append("."), null, cancellationToken);

    protected override string GetToolName() => "tar";

    protected override IEnumerable<string> GetToolExecutableNames() => ["tar"];
}
