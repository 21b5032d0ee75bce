using System.Globalization;
using Orchestration.Configuration;

namespace Orchestration.Pipeline;

/// <summary>
/// One run of the pipeline: its id, given when Checkout starts the run, and the model it builds, known once
/// Configure has run. Kept in <c>artifacts/records/run.json</c>, so the separate processes of a run
/// (one target each, with <c>--exclusive</c>) are one run; stamped on every record the run writes.
/// </summary>
internal sealed record PipelineRun(string Id, ModelIdentity? Identity = null)
{
    /// <summary>A new id: when the run started (UTC), then random digits, e.g. <c>20250102T030405Z-3f9a0c1d</c>.</summary>
    public static PipelineRun Start(DateTimeOffset now) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{now.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}-{Guid.NewGuid().ToString("N")[..8]}"));

    /// <summary>True when a record stamped with this run is one <paramref name="current"/> may use.</summary>
    public bool Matches(PipelineRun current)
    {
        ArgumentNullException.ThrowIfNull(current);
        return Id == current.Id && (Identity is null || Identity == current.Identity);
    }

    /// <summary><c>run 20250102T030405Z-3f9a0c1d of salary-regression.1.2</c>.</summary>
    public override string ToString() => Identity is null ? $"run {Id}" : $"run {Id} of {Identity}";
}
