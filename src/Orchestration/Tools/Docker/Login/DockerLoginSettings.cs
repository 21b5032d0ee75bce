using Cake.Core.Tooling;

namespace Orchestration.Tools.Docker.Login;

/// <summary>Settings for <c>docker login [SERVER]</c>. The password always goes through standard input.</summary>
internal sealed class DockerLoginSettings : ToolSettings
{
    /// <summary>--username, -u.</summary>
    public string? Username { get; set; }

    /// <summary>Sent with --password-stdin, never as an argument.</summary>
    public string? Password { get; set; }
}
