using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Mount;

/// <summary>Runs <c>mount</c>, quietly: a mount either works or fails with its own message.</summary>
internal sealed class MountRunner(ICakeContext context) : CommandLineTool<MountSettings>(context)
{
    public void Mount(MountSettings settings, string source, string target, CancellationToken cancellationToken) =>
        Execute(settings, Arguments(settings, source, target), new ToolRunOptions { EchoOutput = false }, cancellationToken);

    protected override string GetToolName() => "mount";

    protected override IEnumerable<string> GetToolExecutableNames() => ["mount"];

    private static ProcessArgumentBuilder Arguments(MountSettings settings, string source, string target)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrEmpty(source);
        ArgumentException.ThrowIfNullOrEmpty(target);
        var arguments = new ProcessArgumentBuilder();
        if (settings.Type is { } type)
        {
            arguments.Append("-t").AppendQuoted(type);
        }

        if (settings.Options.Count > 0)
        {
            arguments.Append("-o").AppendQuoted(string.Join(',', settings.Options));
        }

        return arguments.AppendQuoted(source).AppendQuoted(target);
    }
}
