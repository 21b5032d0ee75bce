using Orchestration.Configuration;

namespace Orchestration.Publishing.MavenFeeds;

/// <summary>
/// A model in Maven terms: groupId (default <c>models</c>), artifactId = model name, version =
/// <c>dataVersion.modelVersion</c>; and the paths of its files in the repository layout.
/// </summary>
internal sealed record MavenCoordinates(string GroupId, string ArtifactId, string Version)
{
    public const string PackageExtension = "zip";
    public const string ProvenanceClassifier = "provenance";

    public static MavenCoordinates Of(string groupId, ModelIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return new(groupId, identity.Name, identity.Version);
    }

    /// <summary><c>models/salary-regression</c>: where the artifact's versions and maven-metadata.xml live.</summary>
    public string ArtifactDirectory => $"{GroupId.Replace('.', '/')}/{ArtifactId}";

    public string MetadataPath => $"{ArtifactDirectory}/maven-metadata.xml";

    /// <summary>The model package (the same bytes as the .nupkg: a zip).</summary>
    public string PackagePath => File(PackageExtension);

    /// <summary>provenance.json beside it, so a look-up does not download the model.</summary>
    public string ProvenancePath => File("json", ProvenanceClassifier);

    public string PomPath => File("pom");

    private string File(string extension, string? classifier = null) =>
        $"{ArtifactDirectory}/{Version}/{ArtifactId}-{Version}{(classifier is null ? string.Empty : "-" + classifier)}.{extension}";
}
