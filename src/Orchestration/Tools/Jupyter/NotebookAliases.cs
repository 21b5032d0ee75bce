using Cake.Core;
using Orchestration.Tooling;

namespace Orchestration.Tools.Jupyter;

/// <summary>Aliases for executing notebooks.</summary>
internal static class NotebookAliases
{
    /// <summary>Executes a notebook with runner.py; see <see cref="NotebookRunner.Run"/>.</summary>
    public static ToolResult ExecuteNotebook(this ICakeContext context, NotebookRunSettings settings) => new NotebookRunner(context).Run(settings);
}
