using System.Text.Json;
using System.Text.Json.Serialization;

namespace Orchestration.Notebooks;

/// <summary>What runner.py reports in its result file.</summary>
internal sealed record NotebookRunResult
{
    public static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public required string Status { get; init; }

    public NotebookFailure? Failure { get; init; }

    public int Cells { get; init; }

    public int Executed { get; init; }

    public DateTimeOffset StartTime { get; init; }

    public DateTimeOffset EndTime { get; init; }

    public string? HtmlError { get; init; }

    [JsonIgnore]
    public bool Completed => Status == "completed" && Failure is null;
}

/// <summary>Why a notebook run stopped, and in which cell.</summary>
internal sealed record NotebookFailure
{
    /// <summary>cell-error, cell-timeout, notebook-timeout, dead-kernel, kernel (did not start) or runner.</summary>
    public required string Kind { get; init; }

    public int? CellIndex { get; init; }

    public int? ExecutionCount { get; init; }

    public string? FirstLine { get; init; }

    public string? Ename { get; init; }

    public string? Evalue { get; init; }

    public int? Timeout { get; init; }

    public string? Message { get; init; }

    public IReadOnlyList<string> Traceback { get; init; } = [];
}
