using Cake.Core;
using Orchestration.Tooling;

namespace Orchestration.Tools.Python.PipFreeze;

/// <summary>Runs <c>python -m pip freeze</c>, quietly: its output is for the caller to read.</summary>
internal sealed class PipFreezeRunner(ICakeContext context) : PythonTool<PipFreezeSettings>(context)
{
    public IReadOnlyList<string> Freeze(PipFreezeSettings settings, CancellationToken cancellationToken) =>
        Execute(settings, Pip("freeze"), new ToolRunOptions { EchoOutput = false }, cancellationToken).StandardOutput;
}
