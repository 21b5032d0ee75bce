namespace Orchestration.Promotion;

/// <summary>One line of the gate's table: what was required of a metric, what it was, and whether that passes.</summary>
public sealed record GateCheck(string Metric, string Required, double? Actual, bool Met);
