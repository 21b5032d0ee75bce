using Cake.Core;
using Orchestration.Tooling;

namespace Orchestration.Tools.Python;

/// <summary>Aliases for the Python interpreter, pip and ipykernel.</summary>
internal static class PythonAliases
{
    public static ToolResult PythonEvaluate(this ICakeContext context, string code, PythonSettings settings, ToolRunOptions? options = null) =>
        new PythonTool(context).Evaluate(settings, code, options);

    public static ToolResult PythonVenv(this ICakeContext context, string directory, PythonVenvSettings settings) =>
        new PythonTool(context).CreateVenv(settings, directory);

    public static ToolResult PipInstall(this ICakeContext context, PipInstallSettings settings, ToolRunOptions? options = null) =>
        new PythonTool(context).PipInstall(settings, options);

    public static IReadOnlyList<string> PipFreeze(this ICakeContext context, PythonSettings settings) =>
        new PythonTool(context).PipFreeze(settings).StandardOutput;

    public static ToolResult IPyKernelInstall(this ICakeContext context, IPyKernelInstallSettings settings) =>
        new PythonTool(context).IPyKernelInstall(settings);
}
