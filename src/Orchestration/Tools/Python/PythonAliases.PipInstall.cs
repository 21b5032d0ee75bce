using Cake.Core;
using Orchestration.Tooling;
using Orchestration.Tools.Python.PipInstall;

namespace Orchestration.Tools.Python;

internal static partial class PythonAliases
{
    /// <summary>Installs a requirements file into the settings' interpreter.</summary>
    public static Task<ToolResult> PipInstallAsync(this ICakeContext context, PipInstallSettings settings, ToolRunOptions? options, CancellationToken cancellationToken) =>
        new PipInstallRunner(context).InstallAsync(settings, options, cancellationToken);
}
