using Orchestration.Configuration;

namespace Orchestration.Publishing;

/// <summary>Downloads a published model from a feed and verifies it (used by the Docker stage).</summary>
public interface IModelResolver
{
    Task<ResolvedModel> ResolveAsync(ModelIdentity identity, string destinationDirectory, CancellationToken cancellationToken);
}
