using Cake.Core.Tooling;

namespace Orchestration.Tools.Docker;

/// <summary>Points one docker call at an engine, the way the CLI expects it: through DOCKER_HOST.</summary>
public static class DockerHost
{
    public const string Variable = "DOCKER_HOST";

    /// <summary>Sets DOCKER_HOST for this call only; <c>null</c> keeps what the environment says.</summary>
    public static TSettings WithDockerHost<TSettings>(this TSettings settings, string? host)
        where TSettings : ToolSettings
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (host is not null)
        {
            settings.EnvironmentVariables[Variable] = host;
        }

        return settings;
    }
}
