using System.Globalization;
using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Jupyter;

/// <summary>Runs runner.py: executes a notebook unattended and writes the executed notebook, its HTML and a result file.</summary>
internal sealed class NotebookRunner(ICakeContext context) : CommandLineTool<NotebookRunSettings>(context)
{
    /// <summary>Exit code 1 means the notebook failed and the result file says why.</summary>
    public Task<ToolResult> RunAsync(NotebookRunSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var arguments = new ProcessArgumentBuilder()
            .AppendQuoted(settings.Script)
            .Append("--input").AppendQuoted(settings.Input)
            .Append("--output").AppendQuoted(settings.Output)
            .Append("--html").AppendQuoted(settings.Html)
            .Append("--result").AppendQuoted(settings.Result)
            .Append("--kernel").AppendQuoted(settings.Kernel)
            .Append("--cwd").AppendQuoted(settings.KernelDirectory)
            .Append("--cell-timeout").Append(Seconds(settings.CellTimeout))
            .Append("--notebook-timeout").Append(Seconds(settings.NotebookTimeout))
            .Append("--start-timeout").Append(Seconds(settings.KernelStartTimeout));
        return ExecuteAsync(settings, arguments, new ToolRunOptions { SuccessExitCodes = [0, 1] }, cancellationToken);
    }

    protected override string GetToolName() => "notebook runner";

    protected override IEnumerable<string> GetToolExecutableNames() => ["python3"];

    private static string Seconds(TimeSpan span) => Math.Max(1, (int)Math.Ceiling(span.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
