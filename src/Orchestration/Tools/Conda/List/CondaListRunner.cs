using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Conda.List;

/// <summary>Runs <c>conda list</c>, quietly: its output is for the caller to read.</summary>
internal sealed class CondaListRunner(ICakeContext context) : CondaTool<CondaListSettings>(context)
{
    public IReadOnlyList<string> List(CondaListSettings settings, CancellationToken cancellationToken) =>
        Execute(settings, Arguments(settings), new ToolRunOptions { EchoOutput = false }, cancellationToken).StandardOutput;

    private static ProcessArgumentBuilder Arguments(CondaListSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var arguments = new ProcessArgumentBuilder().Append("list").Append("--prefix").AppendQuoted(settings.Prefix);
        if (settings.Export)
        {
            arguments.Append("--export");
        }

        return arguments;
    }
}
