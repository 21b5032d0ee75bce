using Cake.Core;
using Orchestration.Tools.Python.IPyKernelInstall;

namespace Orchestration.Tools.Python;

internal static partial class PythonAliases
{
    /// <summary>Registers the settings' interpreter as a Jupyter kernel.</summary>
    public static void IPyKernelInstall(this ICakeContext context, IPyKernelInstallSettings settings, CancellationToken cancellationToken) =>
        new IPyKernelInstallRunner(context).Install(settings, cancellationToken);
}
