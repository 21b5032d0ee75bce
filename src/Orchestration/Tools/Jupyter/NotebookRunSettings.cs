using Cake.Core.Tooling;

namespace Orchestration.Tools.Jupyter;

/// <summary>
/// One run of the notebook runner (runner.py). <see cref="ToolSettings.ToolPath"/> is the Python that
/// runs it (one with nbclient and nbconvert); the kernel comes from <see cref="Kernel"/>.
/// </summary>
internal sealed class NotebookRunSettings : ToolSettings
{
    public required string Script { get; set; }

    public required string Input { get; set; }

    public required string Output { get; set; }

    public required string Html { get; set; }

    public required string Result { get; set; }

    public required string Kernel { get; set; }

    /// <summary>The kernel's working directory: the notebook's folder, so its relative paths work.</summary>
    public required string KernelDirectory { get; set; }

    public TimeSpan CellTimeout { get; set; } = TimeSpan.FromMinutes(10);

    public TimeSpan NotebookTimeout { get; set; } = TimeSpan.FromHours(1);

    public TimeSpan KernelStartTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
