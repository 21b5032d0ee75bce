using Cake.Core;
using Orchestration.Docker;
using Orchestration.Docker.Registry;
using Orchestration.MachineServices.Engine;
using Orchestration.Tools.Docker.Push;

namespace Orchestration.Tests.Docker;

public sealed class UsingRegistryCredentials
{
    private static readonly DockerEngine Engine = new(DockerEngineKind.Private, "unix:///w/docker.sock", "20.10");

    [Fact]
    public void With_credentials_docker_uses_a_throwaway_client_configuration_deleted_afterwards()
    {
        string directory;
        using (var client = RegistryClientConfiguration.For("pusher", "a-registry-password"))
        {
            var settings = client.Apply(new DockerImagePushSettings(), Engine);
            directory = settings.EnvironmentVariables["DOCKER_CONFIG"];

            Assert.True(Directory.Exists(directory));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(directory));
            }

            Assert.Equal("unix:///w/docker.sock", settings.EnvironmentVariables["DOCKER_HOST"]);
        }

        Assert.False(Directory.Exists(directory));
    }

    [Fact]
    public void Without_credentials_the_clients_own_configuration_is_used()
    {
        using var client = RegistryClientConfiguration.For(null, "");

        var settings = client.Apply(new DockerImagePushSettings(), Engine);

        Assert.Null(client.Username);
        Assert.False(settings.EnvironmentVariables.ContainsKey("DOCKER_CONFIG"));
    }

    [Theory]
    [InlineData("pusher", null, "DOCKER_REGISTRY_USERNAME is set (pusher) but DOCKER_REGISTRY_PASSWORD is not")]
    [InlineData(null, "a-registry-password", "DOCKER_REGISTRY_PASSWORD is set but DOCKER_REGISTRY_USERNAME is not")]
    public void Half_a_credential_is_a_configuration_error(string? username, string? password, string message)
    {
        var failure = Assert.Throws<CakeException>(() => RegistryClientConfiguration.For(username, password));

        Assert.Equal(2, failure.ExitCode);
        Assert.StartsWith(message, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("a-registry-password", failure.Message, StringComparison.Ordinal);
    }
}
