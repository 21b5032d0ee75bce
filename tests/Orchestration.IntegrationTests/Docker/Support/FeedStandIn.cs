using Orchestration.Configuration;
using Orchestration.Packaging;
using Orchestration.Pipeline;
using Orchestration.Publishing;

namespace Orchestration.IntegrationTests.Docker.Support;

/// <summary>Stands in for the Publish stage's resolver: "downloads" the project's published model and its provenance into the destination.</summary>
internal sealed class FeedStandIn(ServingProject project) : IModelResolver
{
    public int Resolved { get; private set; }

    public Task<ResolvedModel> ResolveAsync(ModelIdentity identity, string destinationDirectory, CancellationToken cancellationToken)
    {
        Resolved++;
        var file = Path.Combine(destinationDirectory, identity + ".joblib");
        File.Copy(project.ModelFile, file, overwrite: true);
        var provenance = Path.Combine(destinationDirectory, "provenance.json");
        File.WriteAllBytes(provenance, ProvenanceJson.Serialize(project.Provenance()));
        return Task.FromResult(new ResolvedModel(file, provenance, Sha256.OfFile(file)));
    }
}
