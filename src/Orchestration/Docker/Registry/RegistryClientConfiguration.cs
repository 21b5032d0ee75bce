using Cake.Core.Tooling;
using Orchestration.MachineServices.Engine;
using Orchestration.Pipeline;
using Orchestration.Tooling;
using Orchestration.Tools.Docker;

namespace Orchestration.Docker.Registry;

/// <summary>
/// The docker client configuration a push uses. With credentials, a throwaway DOCKER_CONFIG folder
/// (mode 700, deleted afterwards): the login is not left in the agent's ~/.docker/config.json.
/// Without, the CLI's own configuration (an earlier docker login, a credential helper).
/// </summary>
internal sealed class RegistryClientConfiguration : IDisposable
{
    private readonly string? directory;

    private RegistryClientConfiguration(string? username, string? password)
    {
        Username = username;
        Password = password;
        if (username is not null)
        {
            directory = Directory.CreateTempSubdirectory("orchestration-docker-config-").FullName;
        }
    }

    public string? Username { get; }

    public string? Password { get; }

    public static RegistryClientConfiguration For(string? username, string? password)
    {
        username = string.IsNullOrEmpty(username) ? null : username;
        password = string.IsNullOrEmpty(password) ? null : password;
        if (username is null && password is not null)
        {
            throw ConfigurationError.Create("DOCKER_REGISTRY_PASSWORD is set but DOCKER_REGISTRY_USERNAME is not: set both, or neither to use the docker CLI's own login.");
        }

        if (username is not null && password is null)
        {
            throw ConfigurationError.Create($"DOCKER_REGISTRY_USERNAME is set ({username}) but DOCKER_REGISTRY_PASSWORD is not: set both, or neither to use the docker CLI's own login.");
        }

        SecretMasker.Add(password);
        return new RegistryClientConfiguration(username, password);
    }

    /// <summary>Points one docker call at the engine and at this client configuration.</summary>
    public TSettings Apply<TSettings>(TSettings settings, DockerEngine engine)
        where TSettings : ToolSettings
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(engine);
        settings.WithDockerHost(engine.Host);
        if (directory is not null)
        {
            settings.EnvironmentVariables["DOCKER_CONFIG"] = directory;
        }

        return settings;
    }

    public void Dispose()
    {
        if (directory is not null && Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
