using System.Globalization;
using System.Text;

namespace Orchestration.Promotion;

/// <summary>The promotion gate's verdict on a trained model: every check, and the table people read.</summary>
public sealed record GateResult
{
    public required IReadOnlyList<GateCheck> Checks { get; init; }

    /// <summary>The environment compared with (--require-no-worse-than), and the identity serving there.</summary>
    public string? ComparedWith { get; init; }

    public bool Passed => Checks.All(check => check.Met);

    /// <summary>"passed (3 checks)" or "refused (1 of 3 checks missed)", for summaries.</summary>
    public string Verdict => Passed
        ? string.Create(CultureInfo.InvariantCulture, $"passed ({Checks.Count} check{(Checks.Count == 1 ? string.Empty : "s")})")
        : string.Create(CultureInfo.InvariantCulture, $"refused ({Checks.Count(c => !c.Met)} of {Checks.Count} checks missed)");

    public string Table()
    {
        var rows = Checks.Select(c => (c.Metric, c.Required, Actual: c.Actual?.ToString("R", CultureInfo.InvariantCulture) ?? "(missing)", Result: c.Met ? "ok" : "MISSED")).ToList();
        var widths = new[]
        {
            Math.Max(6, rows.Max(r => r.Metric.Length)),
            Math.Max(8, rows.Max(r => r.Required.Length)),
            Math.Max(6, rows.Max(r => r.Actual.Length)),
        };
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"  {"metric".PadRight(widths[0])}  {"required".PadRight(widths[1])}  {"actual".PadRight(widths[2])}  result");
        foreach (var row in rows)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"  {row.Metric.PadRight(widths[0])}  {row.Required.PadRight(widths[1])}  {row.Actual.PadRight(widths[2])}  {row.Result}");
        }

        return table.ToString().TrimEnd();
    }
}
