using Cake.Core;
using Orchestration.Configuration;
using Orchestration.Docker;
using Orchestration.Terraform;
using Orchestration.Tools.Docker;

namespace Orchestration.Tests.Terraform;

public sealed class ChoosingDeploymentVariables : IDisposable
{
    private static readonly string ImageId = "sha256:" + new string('1', 64);
    private static readonly string PushedDigest = "sha256:" + new string('2', 64);
    private readonly TempFolder root = new();

    public void Dispose() => root.Dispose();

    [Fact]
    public void An_image_that_was_not_pushed_is_deployed_by_its_immutable_local_tag_and_image_id()
    {
        var deployment = DeploymentVariables.From(Image(), Root());

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["model_name"] = "salary-regression",
                ["model_identity"] = "salary-regression.2.7",
                ["data_version"] = "2",
                ["model_version"] = "7",
                ["image"] = "salary-regression:2.7-3f9a0c1d2e4b",
                ["image_digest"] = ImageId,
            },
            deployment.Variables);
    }

    [Fact]
    public void A_pushed_image_is_deployed_by_its_pushed_tag_and_registry_digest()
    {
        var image = Image() with
        {
            Registry = "127.0.0.1:5000",
            PushedTags = ["127.0.0.1:5000/salary-regression:2.7"],
            PushedDigest = "127.0.0.1:5000/salary-regression@" + PushedDigest,
        };

        var deployment = DeploymentVariables.From(image, Root());

        Assert.Equal("127.0.0.1:5000/salary-regression:2.7", deployment.Variables["image"]);
        Assert.Equal(PushedDigest, deployment.Variables["image_digest"]);
    }

    [Fact]
    public void The_model_hash_goes_only_to_a_root_that_declares_model_sha256()
    {
        Assert.Equal(new string('f', 64), DeploymentVariables.From(Image(), Root("model_sha256")).Variables["model_sha256"]);
        Assert.False(DeploymentVariables.From(Image(), Root()).Variables.ContainsKey("model_sha256"));
    }

    [Fact]
    public void Port_and_docker_host_go_only_to_a_root_that_declares_them()
    {
        var image = Image() with { DockerHost = "unix:///tmp/docker.sock" };

        var local = DeploymentVariables.From(image, Root("port", "docker_host"), port: 9090);
        var aws = DeploymentVariables.From(image, Root());

        Assert.Equal("9090", local.Variables["port"]);
        Assert.Equal("unix:///tmp/docker.sock", local.Variables["docker_host"]);
        Assert.Equal("unix:///tmp/docker.sock", aws.DockerHost);
        Assert.False(aws.Variables.ContainsKey("docker_host"));
    }

    [Fact]
    public void A_port_for_a_root_without_one_is_a_configuration_error()
    {
        var error = Assert.Throws<CakeException>(() => DeploymentVariables.From(Image(), Root(), port: 9090));

        Assert.Equal(2, error.ExitCode);
        Assert.Contains("declares no variable \"port\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_model_deployed_is_the_one_the_image_record_names()
    {
        var deployment = DeploymentVariables.From(Image() with { Identity = ModelIdentity.Parse("salary-regression.2.6") }, Root());

        Assert.Equal(ModelIdentity.Parse("salary-regression.2.6"), deployment.Identity);
        Assert.Equal(("salary-regression.2.6", "2", "6"), (deployment.Variables["model_identity"], deployment.Variables["data_version"], deployment.Variables["model_version"]));
    }

    [Fact]
    public void A_digest_that_is_not_a_sha256_is_refused()
    {
        var error = Assert.Throws<CakeException>(() => DeploymentVariables.From(Image() with { ImageId = "abc" }, Root()));

        Assert.Contains("has digest 'abc'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_destroy_names_what_the_state_says_is_deployed()
    {
        var deployment = DeploymentVariables.ForDestroy(new Dictionary<string, string>
        {
            ["model_identity"] = "salary-regression.3.1",
            ["image"] = "salary-regression:3.1",
        }, Root());

        Assert.Equal(ModelIdentity.Parse("salary-regression.3.1"), deployment.Identity);
        Assert.Equal("salary-regression", deployment.Variables["model_name"]);
        Assert.Equal("3", deployment.Variables["data_version"]);
        Assert.Equal("salary-regression:3.1", deployment.Variables["image"]);
        Assert.Equal("sha256:" + new string('0', 64), deployment.Variables["image_digest"]);
    }

    [Fact]
    public void A_destroy_of_an_empty_state_uses_stand_ins_that_pass_the_roots_validation()
    {
        var deployment = DeploymentVariables.ForDestroy(new Dictionary<string, string>(), Root("port", "model_sha256"));

        Assert.Null(deployment.Identity);
        Assert.Equal("(nothing deployed)", deployment.IdentityText);
        Assert.Equal(["data_version", "image", "image_digest", "model_identity", "model_name", "model_version"], deployment.Variables.Keys.Order());
    }

    [Fact]
    public void A_destroy_gives_back_the_deployed_values_of_the_variables_the_state_reports_as_outputs()
    {
        var model = new string('e', 64);
        var deployment = DeploymentVariables.ForDestroy(
            new Dictionary<string, string>
            {
                ["model_identity"] = "salary-regression.3.1",
                ["image"] = "salary-regression:3.1",
                ["model_sha256"] = model,
                ["port"] = "34525",
                ["endpoint_url"] = "http://127.0.0.1:34525",
            },
            Root("port", "model_sha256"));

        Assert.Equal(model, deployment.Variables["model_sha256"]);
        Assert.Equal("34525", deployment.Variables["port"]);
        Assert.Equal(model, deployment.ModelSha256);
        Assert.False(deployment.Variables.ContainsKey("endpoint_url"), "an output the root has no variable for is not passed");
    }

    private static ImageRecord Image() => new()
    {
        Identity = ModelIdentity.Parse("salary-regression.2.7"),
        Tags = ["salary-regression:2.7-3f9a0c1d2e4b", "salary-regression:2.7"],
        ImageId = ImageId,
        ModelSha256 = new string('f', 64),
    };

    private RootVariables Root(params string[] optional)
    {
        root.Write("variables.tf", string.Concat(optional.Select(name => $"variable \"{name}\" {{\n}}\n")));
        return RootVariables.Read(root.Path);
    }
}
