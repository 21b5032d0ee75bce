using System.Text.Json;

namespace Orchestration.Promotion;

/// <summary>The version serving an environment and its recorded metrics: what a challenger must not be worse than.</summary>
internal sealed record Baseline(string Environment, string Identity, IReadOnlyDictionary<string, JsonElement> Metrics);
