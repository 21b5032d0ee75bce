namespace Orchestration.MachineServices.Engine;

/// <summary>How the build found the engine it uses.</summary>
public enum DockerEngineKind
{
    /// <summary>DOCKER_HOST was set: that engine, as the user configured it.</summary>
    FromEnvironment,

    /// <summary>The machine's engine at /var/run/docker.sock.</summary>
    System,

    /// <summary>The private engine this build started (or found running) under .work/docker.</summary>
    Private,
}

/// <summary>A Docker engine that answered, and the DOCKER_HOST that reaches it (null: docker's default).</summary>
public sealed record DockerEngine(DockerEngineKind Kind, string? Host, string Version)
{
    public override string ToString() => $"{Host ?? "unix:///var/run/docker.sock"} (Docker {Version}, {Kind switch
    {
        DockerEngineKind.FromEnvironment => "from DOCKER_HOST",
        DockerEngineKind.System => "the machine's engine",
        _ => "private engine of this workspace",
    }})";
}
