using System.Reflection;

namespace Orchestration.Packaging;

/// <summary>This tool's version, as built (the informational version carries the commit it was built from).</summary>
internal static class OrchestrationVersion
{
    public static string Current { get; } =
        typeof(OrchestrationVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(OrchestrationVersion).Assembly.GetName().Version?.ToString()
        ?? "unknown";
}
