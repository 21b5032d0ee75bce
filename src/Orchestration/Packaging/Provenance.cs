using System.Text.Json;
using Orchestration.Fingerprint;
using Orchestration.Configuration;

namespace Orchestration.Packaging;

/// <summary>
/// <c>provenance.json</c>: everything needed to tell, from the package alone, which code, data,
/// parameters and environment produced the model. Written into every package and compared on publish.
/// </summary>
public sealed record Provenance
{
    /// <summary>The version of this document's layout; bumped only on incompatible changes.</summary>
    public int Format { get; init; } = 1;

    /// <summary><c>name.dataVersion.modelVersion</c>, e.g. <c>salary-regression.2.7</c>.</summary>
    public required ModelIdentity Identity { get; init; }

    public required string Name { get; init; }

    public required int DataVersion { get; init; }

    public required int ModelVersion { get; init; }

    public required SourceProvenance Source { get; init; }

    /// <summary>The notebook as committed (path relative to the project folder).</summary>
    public required FileDigest Notebook { get; init; }

    /// <summary>Every data file the project declares, relative to the project folder, sorted by path.</summary>
    public required IReadOnlyList<FileDigest> Data { get; init; }

    /// <summary>The model file, by its path inside the package.</summary>
    public required FileDigest Model { get; init; }

    public required IReadOnlyDictionary<string, JsonElement> Parameters { get; init; }

    public required IReadOnlyDictionary<string, JsonElement> Metrics { get; init; }

    public required EnvironmentProvenance Environment { get; init; }

    /// <summary>
    /// Everything the training depended on, and its fingerprint: equal fingerprints mean the same training.
    /// Absent in packages made before fingerprints existed.
    /// </summary>
    public InputsFingerprint? Inputs { get; init; }

    /// <summary>The executed notebook and its HTML rendering, by their paths inside the package.</summary>
    public IReadOnlyList<FileDigest>? Reports { get; init; }

    /// <summary>The CI build that produced the package; absent for a local build.</summary>
    public CiBuild? Build { get; init; }

    /// <summary>The promotion gate the model passed (--require-metric, --require-no-worse-than); absent when none was asked for.</summary>
    public Promotion.GateResult? Promotion { get; init; }

    public required TrainingTimes Training { get; init; }

    public required ToolProvenance Tool { get; init; }
}
