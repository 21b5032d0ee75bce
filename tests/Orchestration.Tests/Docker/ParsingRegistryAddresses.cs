using Cake.Core;
using Orchestration.Docker;
using Orchestration.Docker.Registry;

namespace Orchestration.Tests.Docker;

public sealed class ParsingRegistryAddresses
{
    [Theory]
    [InlineData("127.0.0.1:5000", "127.0.0.1:5000", null)]
    [InlineData("localhost", "localhost", null)]
    [InlineData("registry.example.com/ml", "registry.example.com", "ml")]
    [InlineData("registry.example.com:8443/team/models", "registry.example.com:8443", "team/models")]
    [InlineData("123456789012.dkr.ecr.eu-west-1.amazonaws.com", "123456789012.dkr.ecr.eu-west-1.amazonaws.com", null)]
    [InlineData("docker.io/my-team", "docker.io", "my-team")]
    public void A_host_with_optional_port_and_namespace_is_understood(string text, string server, string? ns)
    {
        var address = RegistryAddress.Parse(text);

        Assert.Equal(new RegistryAddress(server, ns), address);
        Assert.Equal(text, address.ToString());
    }

    [Fact]
    public void References_are_the_registry_then_the_repository_and_tag()
    {
        var address = RegistryAddress.Parse("127.0.0.1:5000/team");

        Assert.Equal("127.0.0.1:5000/team/salary-regression:2.7", address.Reference("salary-regression", "2.7"));
        Assert.Equal("127.0.0.1:5000/team/salary-regression", address.Repository("salary-regression"));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("127.0.0.1:5000/")]
    [InlineData("127.0.0.1:5000/Team")]
    [InlineData("127.0.0.1:5000/model:2.7")]
    [InlineData("")]
    public void Anything_else_is_a_configuration_error_showing_the_expected_form(string text)
    {
        var failure = Assert.Throws<CakeException>(() => RegistryAddress.Parse(text));

        Assert.Equal(2, failure.ExitCode);
        Assert.Contains("is not HOST[:PORT][/namespace]", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_name_is_refused_because_docker_would_read_it_as_a_docker_hub_account()
    {
        var failure = Assert.Throws<CakeException>(() => RegistryAddress.Parse("myteam"));

        Assert.Equal(
            "--registry: 'myteam' is not a registry host (it has no '.' or ':port'; Docker would read it as a Docker Hub account). "
            + "Give the host, e.g. registry.example.com, localhost:5000, or docker.io/myteam for Docker Hub.",
            failure.Message);
    }
}
