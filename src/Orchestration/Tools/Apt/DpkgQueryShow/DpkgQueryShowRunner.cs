using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Apt.DpkgQueryShow;

/// <summary>Runs <c>dpkg-query --show</c>, quietly: its output is for the caller to read.</summary>
internal sealed class DpkgQueryShowRunner(ICakeContext context) : CommandLineTool<DpkgQueryShowSettings>(context)
{
    /// <summary>What dpkg knows of the packages; exit code 1 only means that some of them are unknown to it, and they are left out.</summary>
    public IReadOnlyList<string> Show(DpkgQueryShowSettings settings, IEnumerable<string> packages, CancellationToken cancellationToken) =>
        Execute(settings, Arguments(settings, packages), new ToolRunOptions { EchoOutput = false, SuccessExitCodes = [0, 1] }, cancellationToken).StandardOutput;

    protected override string GetToolName() => "dpkg-query";

    protected override IEnumerable<string> GetToolExecutableNames() => ["dpkg-query"];

    private static ProcessArgumentBuilder Arguments(DpkgQueryShowSettings settings, IEnumerable<string> packages)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(packages);
        var arguments = new ProcessArgumentBuilder().Append("--show");
        if (settings.ShowFormat is { } format)
        {
            arguments.AppendQuoted("--showformat=" + format);
        }

        foreach (var package in packages)
        {
            arguments.AppendQuoted(package);
        }

        return arguments;
    }
}
