using Cake.Core;
using Orchestration.Tools.Docker.Login;

namespace Orchestration.Tools.Docker;

internal static partial class DockerAliases
{
    /// <summary>Logs in to <paramref name="server"/> (docker's default registry when null), the password through standard input.</summary>
    public static void DockerLogin(this ICakeContext context, DockerLoginSettings settings, string? server, CancellationToken cancellationToken) =>
        new DockerRegistryLogin(context).Login(settings, server, cancellationToken);
}
