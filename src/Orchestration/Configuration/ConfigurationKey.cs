namespace Orchestration.Configuration;

/// <summary>
/// A key of build.properties and its overrides: <c>data.version</c> is also <c>--data-version</c>
/// and the environment variable <c>DATA_VERSION</c>. A key without a default must be set. Keys whose
/// derived names would be too generic (<c>ENVIRONMENT</c>, <c>DATA</c>) name their overrides explicitly.
/// </summary>
internal sealed record ConfigurationKey(string Name, string? DefaultValue = null, string? ArgumentName = null, string? VariableName = null)
{
    public string Argument => ArgumentName ?? Name.Replace('.', '-');

    public string EnvironmentVariable => VariableName ?? Name.Replace('.', '_').ToUpperInvariant();
}
