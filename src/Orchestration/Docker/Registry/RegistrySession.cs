using Cake.Common.Diagnostics;
using Cake.Core;
using Orchestration.MachineServices.Engine;
using Orchestration.Tools.Docker;
using Orchestration.Tools.Docker.Login;
using Orchestration.Tools.Docker.Manifest;
using Orchestration.Tools.Docker.Pull;
using Orchestration.Tools.Docker.Push;
using Orchestration.Tools.Docker.Tag;

namespace Orchestration.Docker.Registry;

/// <summary>
/// The docker calls that talk to one registry from one engine, logged in once when credentials are given
/// (password through standard input, into a throwaway client configuration deleted on dispose).
/// </summary>
internal sealed class RegistrySession : IDisposable
{
    private readonly ICakeContext context;
    private readonly DockerEngine engine;
    private readonly RegistryClientConfiguration client;

    public RegistrySession(ICakeContext context, RegistryAddress registry, DockerEngine engine, string? username, string? password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registry);
        this.context = context;
        this.engine = engine;
        Cancellation = cancellationToken;
        Registry = registry;
        client = RegistryClientConfiguration.For(username, password);
        if (client.Username is null)
        {
            return;
        }

        context.Information("Logging in to {0} as {1}, into a throwaway client configuration deleted afterwards.", registry.Server, client.Username);
        try
        {
            context.DockerLogin(client.Apply(new DockerLoginSettings { Username = client.Username, Password = client.Password }, engine), registry.Server, cancellationToken);
        }
        catch
        {
            // A failed login leaves no session to dispose: remove the throwaway configuration here.
            client.Dispose();
            throw;
        }
    }

    public RegistryAddress Registry { get; }

    /// <summary>The build's cancellation, for every call of this session.</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>What the registry holds under <paramref name="reference"/>, without pulling it; null when nothing.</summary>
    public RegistryManifest? Find(string reference) =>
        context.DockerManifestInspect(client.Apply(new DockerManifestInspectSettings { Insecure = Registry.IsLoopback }, engine), reference, Cancellation);

    public void Pull(string reference) => context.DockerPull(client.Apply(new DockerImagePullSettings(), engine), reference, Cancellation);

    /// <summary>Tags the image as <paramref name="reference"/> and pushes it; returns the digest the registry reported.</summary>
    public Task<string?> PushAsync(string imageId, string reference)
    {
        context.DockerTag(new DockerImageTagSettings().WithDockerHost(engine.Host), imageId, reference, Cancellation);
        return context.DockerPushAsync(client.Apply(new DockerImagePushSettings(), engine), reference, Cancellation);
    }

    public void Dispose() => client.Dispose();
}
