using Orchestration.Configuration;

namespace Orchestration.Packaging;

/// <summary>The model package built from a training run, ready to publish.</summary>
public sealed record PackageRecord
{
    /// <summary>The identity <c>name.dataVersion.modelVersion</c>.</summary>
    public required ModelIdentity Identity { get; init; }

    /// <summary>The package file under <c>artifacts/packages/</c>.</summary>
    public required string PackageFile { get; init; }

    /// <summary>The provenance document, also inside the package (<c>artifacts/provenance.json</c>).</summary>
    public required string ProvenanceFile { get; init; }

    /// <summary>SHA-256 (lowercase hex) of the model file inside the package.</summary>
    public required string ModelSha256 { get; init; }
}
