using System.Xml.Linq;
using Orchestration.Packaging;
using Orchestration.Pipeline;

namespace Orchestration.Publishing.MavenFeeds;

/// <summary>The POM published with a model: its coordinates, description, source revision and provenance essentials.</summary>
internal static class MavenPom
{
    private static readonly XNamespace Pom = "http://maven.apache.org/POM/4.0.0";

    public static string For(MavenCoordinates coordinates, Provenance provenance)
    {
        ArgumentNullException.ThrowIfNull(coordinates);
        ArgumentNullException.ThrowIfNull(provenance);
        var project = new XElement(
            Pom + "project",
            new XElement(Pom + "modelVersion", "4.0.0"),
            new XElement(Pom + "groupId", coordinates.GroupId),
            new XElement(Pom + "artifactId", coordinates.ArtifactId),
            new XElement(Pom + "version", coordinates.Version),
            new XElement(Pom + "packaging", MavenCoordinates.PackageExtension),
            new XElement(Pom + "name", provenance.Identity.ToString()),
            new XElement(Pom + "description", PackageDescription.For(provenance)),
            new XElement(
                Pom + "scm",
                new XElement(Pom + "url", provenance.Source.Repository),
                new XElement(Pom + "connection", "scm:git:" + provenance.Source.Repository),
                new XElement(Pom + "tag", provenance.Source.Commit)),
            new XElement(
                Pom + "properties",
                new XElement(Pom + "model.identity", provenance.Identity.ToString()),
                new XElement(Pom + "model.dataVersion", provenance.DataVersion),
                new XElement(Pom + "model.modelVersion", provenance.ModelVersion),
                new XElement(Pom + "model.commit", provenance.Source.Commit),
                new XElement(Pom + "model.sha256", provenance.Model.Sha256)));
        return new XDeclaration("1.0", "UTF-8", null) + "\n" + project + "\n";
    }
}
