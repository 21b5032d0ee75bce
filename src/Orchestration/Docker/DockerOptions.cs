using Orchestration.Pipeline;
using Orchestration.Tools.Docker;

namespace Orchestration.Docker;

/// <summary>The options of DockerBuild and DockerPush.</summary>
public static class DockerOptions
{
    public static readonly Option<string?> BaseImage = Option.Text(
        "base-image", "DOCKER_BASE_IMAGE", null, "the base image; local = the offline Python image", defaultText: "local on a private engine");

    public static readonly Option<string?> Registry = Option.Text(
        "registry", "DOCKER_REGISTRY", null, "where DockerPush pushes: HOST[:PORT][/namespace], or embedded", defaultText: "none (no push)");

    public static readonly Option<string?> RegistryUsername = Option.Environment("registry login user", "DOCKER_REGISTRY_USERNAME");

    public static readonly Option<string?> RegistryPassword = Option.Secret("DOCKER_REGISTRY_PASSWORD", "registry login password (through --password-stdin)");

    public static readonly Option<string?> SourceDateEpoch = Option.Environment(
        "seconds since 1970: the image's created label (default: when the model finished training)", "SOURCE_DATE_EPOCH");

    public static readonly Option<string?> Host = Option.Environment("the Docker engine to use (nothing is started)", DockerHost.Variable);
}
