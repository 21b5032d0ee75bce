using System.Text;

namespace Orchestration.Notebooks;

/// <summary>Says why a notebook run stopped, naming the cell as the executed notebook shows it (In [N] and its first line).</summary>
internal static class NotebookFailureMessage
{
    public const int TracebackLines = 15;

    public static string Format(NotebookFailure failure, string notebook, string kernel, string executedNotebook)
    {
        var cell = failure.ExecutionCount is { } count ? $"Cell In [{count}] \"{failure.FirstLine}\"" : "A cell";
        var headline = failure.Kind switch
        {
            "cell-error" => $"{cell} raised {failure.Ename}: {failure.Evalue}",
            "cell-timeout" => $"{cell} did not finish within the cell timeout of {failure.Timeout} s (--cell-timeout) and was stopped.",
            "notebook-timeout" => $"The notebook did not finish within its timeout of {failure.Timeout} s (--notebook-timeout); it was stopped in {char.ToLowerInvariant(cell[0])}{cell[1..]}.",
            "dead-kernel" => $"The kernel died while running {char.ToLowerInvariant(cell[0])}{cell[1..]} (the process crashed, exited or ran out of memory).",
            "kernel" => $"The Jupyter kernel {kernel} did not start: {failure.Message}. Run --target=Environment to build the environment and register its kernel again.",
            _ => $"Running the notebook failed{(failure.ExecutionCount is null ? string.Empty : " in " + cell)}: {failure.Message}",
        };

        var message = new StringBuilder().Append(notebook).Append(": ").Append(headline);
        var excerpt = failure.Kind == "cell-error" ? TracebackExcerpt(failure.Traceback) : [];
        if (excerpt.Count > 0)
        {
            message.Append('\n').AppendJoin('\n', excerpt.Select(line => "  " + line));
        }

        if (failure.Kind != "kernel")
        {
            message.Append('\n').Append("The executed notebook, with every output up to there: ").Append(executedNotebook).Append(" (and .html).");
        }

        return message.ToString();
    }

    /// <summary>
    /// The notebook's own frame (IPython's "Cell In [N], line L" with the arrow at the failing line) and
    /// the exception; library frames are left to the executed notebook. Without such a frame, the tail.
    /// </summary>
    private static List<string> TracebackExcerpt(IReadOnlyList<string> traceback)
    {
        var lines = traceback.Where(line => line.Trim().Length > 0 && !line.StartsWith("-----", StringComparison.Ordinal)).ToList();
        var cellFrame = lines.FindLastIndex(line => line.StartsWith("Cell In [", StringComparison.Ordinal));
        if (cellFrame < 0)
        {
            return [.. lines.TakeLast(TracebackLines)];
        }

        var frame = lines.Skip(cellFrame).TakeWhile((line, index) => index == 0 || !IsFrameStart(line)).Take(TracebackLines).ToList();
        var last = lines[^1];
        if (cellFrame + frame.Count < lines.Count)
        {
            frame.AddRange(cellFrame + frame.Count < lines.Count - 1 ? ["...", last] : [last]);
        }

        return frame;
    }

    private static bool IsFrameStart(string line) =>
        line.StartsWith("Cell In [", StringComparison.Ordinal) || line.StartsWith("File ", StringComparison.Ordinal);
}
