using Orchestration.Configuration;
using Orchestration.Packaging;
using Orchestration.Publishing;

namespace Orchestration.Tests.Publishing;

/// <summary>A feed in memory, to test the publishing rules apart from any transport.</summary>
public sealed class MemoryFeed : IModelFeed
{
    public Dictionary<string, Provenance?> Versions { get; } = [];

    public int Uploads { get; private set; }

    /// <summary>Set to simulate another publisher getting there between our look-up and our upload.</summary>
    public Provenance? PublishedMeanwhile { get; set; }

    public string Location => "memory://feed";

    public ModelFeedType Type => ModelFeedType.NuGet;

    public Task<IReadOnlyList<ModelIdentity>> ListAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ModelIdentity>>([.. Versions.Keys.Select(ModelIdentity.Parse).Where(identity => identity.Name == name)]);

    public Task<PublishedVersion?> FindAsync(ModelIdentity identity, CancellationToken cancellationToken) =>
        Task.FromResult(Versions.TryGetValue(identity.ToString(), out var provenance) ? new PublishedVersion(identity, provenance) : null);

    public Task UploadAsync(ModelIdentity identity, string packageFile, Provenance provenance, CancellationToken cancellationToken)
    {
        if (PublishedMeanwhile is { } theirs)
        {
            Versions[identity.ToString()] = theirs;
            throw new PackageAlreadyExistsException();
        }

        Uploads++;
        Versions[identity.ToString()] = provenance;
        return Task.CompletedTask;
    }

    public Task<bool> DownloadAsync(ModelIdentity identity, string destinationFile, CancellationToken cancellationToken) => Task.FromResult(false);

    public void Dispose()
    {
    }
}
