using Cake.Core;
using Cake.Core.IO;

namespace Orchestration.Tools.Python.IPyKernelInstall;

/// <summary>Runs <c>python -m ipykernel install</c>: registers the interpreter as a Jupyter kernel.</summary>
internal sealed class IPyKernelInstallRunner(ICakeContext context) : PythonTool<IPyKernelInstallSettings>(context)
{
    public void Install(IPyKernelInstallSettings settings, CancellationToken cancellationToken) =>
        Execute(settings, Arguments(settings), null, cancellationToken);

    private static ProcessArgumentBuilder Arguments(IPyKernelInstallSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var arguments = Module("ipykernel").Append("install")
            .Append("--prefix").AppendQuoted(settings.Prefix)
            .Append("--name").AppendQuoted(settings.Name);
        if (settings.DisplayName is not null)
        {
            arguments.Append("--display-name").AppendQuoted(settings.DisplayName);
        }

        return arguments;
    }
}
