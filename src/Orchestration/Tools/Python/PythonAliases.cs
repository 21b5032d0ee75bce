using Cake.Core;
using Orchestration.Tooling;

namespace Orchestration.Tools.Python;

/// <summary>Aliases for the Python interpreter, pip and ipykernel.</summary>
internal static class PythonAliases
{
    public static ToolResult PythonEvaluate(this ICakeContext context, string code, PythonSettings settings, ToolRunOptions? options, CancellationToken cancellationToken) =>
        new PythonTool(context).Evaluate(settings, code, options, cancellationToken);

    public static Task<ToolResult> PythonVenvAsync(this ICakeContext context, string directory, PythonVenvSettings settings, CancellationToken cancellationToken) =>
        new PythonTool(context).CreateVenvAsync(settings, directory, cancellationToken);

    public static Task<ToolResult> PipInstallAsync(this ICakeContext context, PipInstallSettings settings, ToolRunOptions? options, CancellationToken cancellationToken) =>
        new PythonTool(context).PipInstallAsync(settings, options, cancellationToken);

    public static IReadOnlyList<string> PipFreeze(this ICakeContext context, PythonSettings settings, CancellationToken cancellationToken) =>
        new PythonTool(context).PipFreeze(settings, cancellationToken).StandardOutput;

    public static ToolResult IPyKernelInstall(this ICakeContext context, IPyKernelInstallSettings settings, CancellationToken cancellationToken) =>
        new PythonTool(context).IPyKernelInstall(settings, cancellationToken);
}
