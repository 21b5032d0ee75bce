using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Python.Evaluate;

/// <summary>Runs <c>python -c</c>: a few lines of code whose output or exit code the caller reads.</summary>
internal sealed class PythonEvaluateRunner(ICakeContext context) : PythonTool<PythonEvaluateSettings>(context)
{
    public ToolResult Evaluate(PythonEvaluateSettings settings, string code, ToolRunOptions? options, CancellationToken cancellationToken) =>
        Execute(settings, Arguments(settings, code), options, cancellationToken);

    private static ProcessArgumentBuilder Arguments(PythonEvaluateSettings settings, string code)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrEmpty(code);
        var arguments = new ProcessArgumentBuilder().Append("-c").AppendQuoted(code);
        foreach (var argument in settings.Arguments)
        {
            arguments.AppendQuoted(argument);
        }

        return arguments;
    }
}
