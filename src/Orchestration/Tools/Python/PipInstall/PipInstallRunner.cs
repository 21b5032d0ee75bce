using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Python.PipInstall;

/// <summary>Runs <c>python -m pip install</c>.</summary>
internal sealed class PipInstallRunner(ICakeContext context) : PythonTool<PipInstallSettings>(context)
{
    public Task<ToolResult> InstallAsync(PipInstallSettings settings, ToolRunOptions? options, CancellationToken cancellationToken) =>
        ExecuteAsync(settings, Arguments(settings), options, cancellationToken);

    private static ProcessArgumentBuilder Arguments(PipInstallSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Pip("install").Append("--no-input").Append("-r").AppendQuoted(settings.Requirements);
    }
}
