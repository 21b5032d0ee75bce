using Orchestration.Pipeline;

namespace Orchestration.Tests.Fakes;

/// <summary>The build's options as a run would see them, from these arguments and environment variables only.</summary>
public static class GivenOptions
{
    public static OptionValues With((string Name, string Value)[]? arguments = null, (string Name, string Value)[]? variables = null)
    {
        var lookup = (arguments ?? []).ToLookup(a => a.Name, a => a.Value, StringComparer.OrdinalIgnoreCase);
        var environment = (variables ?? []).ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
        return new OptionValues(PipelineOptions.Catalog, name => lookup[name], environment.GetValueOrDefault);
    }
}
