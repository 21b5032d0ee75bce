using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Docker.Login;

/// <summary>Runs <c>docker login --password-stdin</c>: the password is never on a command line.</summary>
internal sealed class DockerRegistryLogin(ICakeContext context) : DockerTool<DockerLoginSettings>(context)
{
    public void Login(DockerLoginSettings settings, string? server, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrEmpty(settings.Username, nameof(settings) + "." + nameof(settings.Username));
        ArgumentException.ThrowIfNullOrEmpty(settings.Password, nameof(settings) + "." + nameof(settings.Password));
        SecretMasker.Add(settings.Password);

        var arguments = new ProcessArgumentBuilder()
            .Append("login")
            .AppendSwitchQuoted("--username", settings.Username)
            .Append("--password-stdin");
        if (server is not null)
        {
            arguments.AppendQuoted(server);
        }

        Execute(settings, arguments, new ToolRunOptions
        {
            StandardInput = settings.Password,
            FailureHint = $"Logging in to {server ?? "the default registry"} as {settings.Username} failed: "
                + "check DOCKER_REGISTRY_USERNAME and DOCKER_REGISTRY_PASSWORD.",
        }, cancellationToken);
    }
}
