using Cake.Core;
using Orchestration.Tooling;
using Orchestration.Tools.Python.Evaluate;

namespace Orchestration.Tools.Python;

/// <summary>Aliases for the Python interpreter, pip and ipykernel.</summary>
internal static partial class PythonAliases
{
    /// <summary>Runs <paramref name="code"/> with <c>python -c</c>; <paramref name="options"/> say which exit codes are answers.</summary>
    public static ToolResult PythonEvaluate(this ICakeContext context, PythonEvaluateSettings settings, string code, ToolRunOptions? options, CancellationToken cancellationToken) =>
        new PythonEvaluateRunner(context).Evaluate(settings, code, options, cancellationToken);
}
