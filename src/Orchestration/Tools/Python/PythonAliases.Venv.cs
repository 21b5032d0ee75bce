using Cake.Core;
using Orchestration.Tooling;
using Orchestration.Tools.Python.Venv;

namespace Orchestration.Tools.Python;

internal static partial class PythonAliases
{
    /// <summary>Makes a virtual environment in <paramref name="directory"/>.</summary>
    public static Task<ToolResult> PythonVenvAsync(this ICakeContext context, PythonVenvSettings settings, string directory, CancellationToken cancellationToken) =>
        new PythonVenvRunner(context).CreateAsync(settings, directory, cancellationToken);
}
