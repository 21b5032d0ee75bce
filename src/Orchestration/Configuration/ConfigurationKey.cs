namespace Orchestration.Configuration;

/// <summary>
/// A key of build.properties and its overrides: <c>data.version</c> is also <c>--data-version</c>
/// and the environment variable <c>DATA_VERSION</c>. A key without a default must be set.
/// </summary>
public sealed record ConfigurationKey(string Name, string? DefaultValue = null)
{
    public string Argument => Name.Replace('.', '-');

    public string EnvironmentVariable => Name.Replace('.', '_').ToUpperInvariant();
}
