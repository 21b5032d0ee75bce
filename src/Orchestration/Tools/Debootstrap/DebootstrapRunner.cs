using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Debootstrap;

/// <summary>Runs <c>debootstrap</c>: installs a Debian system into a folder, from the machine's mirror (as root).</summary>
internal sealed class DebootstrapRunner(ICakeContext context) : CommandLineTool<DebootstrapSettings>(context)
{
    public void Install(DebootstrapSettings settings, string suite, string target, string? mirror, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var arguments = new ProcessArgumentBuilder();
        if (settings.Variant is { } variant)
        {
            arguments.Append("--variant=" + variant);
        }

        if (settings.Include.Length > 0)
        {
            arguments.Append("--include=" + string.Join(',', settings.Include));
        }

        arguments.Append(suite).AppendQuoted(target);
        if (mirror is not null)
        {
            arguments.AppendQuoted(mirror);
        }

        Execute(settings, arguments, new ToolRunOptions
        {
            EchoOutput = false,
            FailureHint = $"debootstrap needs root and the Debian mirror {mirror ?? "(its default)"}; its own log is {target}/debootstrap/debootstrap.log.",
        }, cancellationToken);
    }

    protected override string InstallHint => "Install debootstrap (as root: apt-get install -y debootstrap).";

    protected override string GetToolName() => "debootstrap";

    protected override IEnumerable<string> GetToolExecutableNames() => ["debootstrap"];
}
