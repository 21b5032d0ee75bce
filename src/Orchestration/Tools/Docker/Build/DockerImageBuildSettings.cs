using Cake.Core.Tooling;

namespace Orchestration.Tools.Docker.Build;

/// <summary>Settings for <c>docker build [OPTIONS] PATH</c> (the shape of Cake.Docker's, for what this project uses).</summary>
internal sealed class DockerImageBuildSettings : ToolSettings
{
    /// <summary>--tag, -t: name and optionally a tag in the name:tag format.</summary>
    public string[] Tag { get; set; } = [];

    /// <summary>--build-arg: build-time variables, <c>NAME=value</c>. Values of secret-looking names are redacted in logs.</summary>
    public string[] BuildArg { get; set; } = [];

    /// <summary>--label: metadata, <c>key=value</c>. Values of secret-looking keys are redacted in logs.</summary>
    public string[] Label { get; set; } = [];

    /// <summary>--file, -f: the Dockerfile (default PATH/Dockerfile).</summary>
    public string? File { get; set; }

    /// <summary>--iidfile: write the image ID to this file.</summary>
    public string? Iidfile { get; set; }

    /// <summary>--pull: always attempt to pull a newer version of the base image.</summary>
    public bool Pull { get; set; }

    /// <summary>--no-cache: do not use the cache when building the image.</summary>
    public bool NoCache { get; set; }

    /// <summary>--rm: remove intermediate containers after a successful build (docker's default is true).</summary>
    public bool? Rm { get; set; }

    /// <summary>--force-rm: always remove intermediate containers, also after a failed build.</summary>
    public bool ForceRm { get; set; }

    /// <summary>--target: the build stage to build.</summary>
    public string? Target { get; set; }

    /// <summary>--network: the networking mode for the RUN instructions.</summary>
    public string? Network { get; set; }
}
