using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Python.Venv;

/// <summary>Runs <c>python -m venv</c>.</summary>
internal sealed class PythonVenvRunner(ICakeContext context) : PythonTool<PythonVenvSettings>(context)
{
    public Task<ToolResult> CreateAsync(PythonVenvSettings settings, string directory, CancellationToken cancellationToken) =>
        ExecuteAsync(settings, Arguments(settings, directory), null, cancellationToken);

    private static ProcessArgumentBuilder Arguments(PythonVenvSettings settings, string directory)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var arguments = Module("venv");
        if (settings.SystemSitePackages)
        {
            arguments.Append("--system-site-packages");
        }

        return arguments.AppendQuoted(directory);
    }
}
