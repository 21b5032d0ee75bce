using Cake.Core;
using Orchestration.Tooling;

namespace Orchestration.Tools.Jupyter;

/// <summary>Aliases for executing notebooks.</summary>
internal static class NotebookAliases
{
    /// <summary>Executes a notebook with runner.py; see <see cref="NotebookRunner.RunAsync"/>.</summary>
    public static Task<ToolResult> ExecuteNotebookAsync(this ICakeContext context, NotebookRunSettings settings, CancellationToken cancellationToken) =>
        new NotebookRunner(context).RunAsync(settings, cancellationToken);
}
