using NuGet.Versioning;
using Orchestration.Configuration;

namespace Orchestration.Packaging;

/// <summary>
/// Names inside and around a model package. The identity <c>name.dataVersion.modelVersion</c> is
/// the package id <c>name</c> with version <c>dataVersion.modelVersion</c> (NuGet writes it
/// <c>dataVersion.modelVersion.0</c> in feed paths), and names the model file inside.
/// </summary>
internal static class PackageLayout
{
    public const string ProvenanceEntry = "provenance.json";

    public static string PackageFileName(ModelIdentity identity) => $"{identity}.nupkg";

    /// <summary><c>model/salary-regression.2.7.joblib</c> for a model written as <c>models/anything.joblib</c>.</summary>
    public static string ModelEntry(ModelIdentity identity, string modelFile) => $"model/{identity}{ExtensionOf(modelFile)}";

    public static string NotebookEntry(string notebookFile) => "notebook/" + Path.GetFileName(notebookFile);

    public static NuGetVersion PackageVersion(ModelIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return new NuGetVersion(identity.DataVersion, identity.ModelVersion, 0);
    }

    /// <summary>The identity a package version stands for, or null when it is not one of ours (e.g. <c>2.7.1</c>).</summary>
    public static ModelIdentity? IdentityOf(string name, NuGetVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return version is { Patch: 0, Revision: 0, IsPrerelease: false, HasMetadata: false }
            ? ModelIdentity.OfVersion(name, version.ToString("x.y", VersionFormatter.Instance))
            : null;
    }

    private static string ExtensionOf(string file)
    {
        var extension = Path.GetExtension(file);
        return Path.GetExtension(Path.GetFileNameWithoutExtension(file)) == ".tar" ? ".tar" + extension : extension;
    }
}
