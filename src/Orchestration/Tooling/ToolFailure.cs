namespace Orchestration.Tooling;

/// <summary>What went wrong in a failed tool run: a one-line headline and the lines that show why.</summary>
internal sealed record ToolFailure(string Headline, IReadOnlyList<string> Details);
