using System.Xml.Linq;
using Orchestration.Configuration;
using Orchestration.Publishing.MavenFeeds;

namespace Orchestration.Tests.Publishing;

public sealed class LayingOutMavenRepositories
{
    private static readonly MavenCoordinates Coordinates = MavenCoordinates.Of("com.example.models", new ModelIdentity("salary-regression", 2, 7));

    [Fact]
    public void A_model_version_lives_under_group_artifact_and_version()
    {
        Assert.Equal(
            (
                "com/example/models/salary-regression/2.7/salary-regression-2.7.zip",
                "com/example/models/salary-regression/2.7/salary-regression-2.7-provenance.json",
                "com/example/models/salary-regression/2.7/salary-regression-2.7.pom",
                "com/example/models/salary-regression/maven-metadata.xml"),
            (Coordinates.PackagePath, Coordinates.ProvenancePath, Coordinates.PomPath, Coordinates.MetadataPath));
    }

    [Fact]
    public void New_metadata_lists_the_version_as_latest_and_release()
    {
        var metadata = XDocument.Parse(MavenMetadata.With(null, Coordinates, new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero))).Root!;

        Assert.Equal(
            ("com.example.models", "salary-regression", "2.7", "2.7", "20250304050607"),
            (metadata.Element("groupId")!.Value, metadata.Element("artifactId")!.Value, Versioning(metadata, "latest"), Versioning(metadata, "release"), Versioning(metadata, "lastUpdated")));
        Assert.Equal(["2.7"], MavenMetadata.Versions(metadata.ToString()));
    }

    [Fact]
    public void Merged_metadata_keeps_every_version_in_numeric_order()
    {
        var existing = MavenMetadata.With(MavenMetadata.With(null, Coordinates with { Version = "2.10" }, DateTimeOffset.UnixEpoch), Coordinates with { Version = "1.3" }, DateTimeOffset.UnixEpoch);

        var merged = MavenMetadata.With(existing, Coordinates, DateTimeOffset.UnixEpoch);

        Assert.Equal(["1.3", "2.7", "2.10"], MavenMetadata.Versions(merged));
        Assert.Equal("2.10", Versioning(XDocument.Parse(merged).Root!, "latest"));
    }

    [Fact]
    public void Metadata_that_does_not_exist_lists_nothing()
    {
        Assert.Empty(MavenMetadata.Versions(null));
    }

    [Fact]
    public void The_pom_names_the_coordinates_the_zip_packaging_and_the_commit()
    {
        var pom = XDocument.Parse(MavenPom.For(Coordinates, SampleProvenance.Of())).Root!;
        XNamespace ns = "http://maven.apache.org/POM/4.0.0";

        Assert.Equal(
            ("com.example.models", "salary-regression", "2.7", "zip", SampleProvenance.Commit, "aa11"),
            (pom.Element(ns + "groupId")!.Value, pom.Element(ns + "artifactId")!.Value, pom.Element(ns + "version")!.Value, pom.Element(ns + "packaging")!.Value,
                pom.Element(ns + "scm")!.Element(ns + "tag")!.Value, pom.Element(ns + "properties")!.Element(ns + "model.sha256")!.Value));
        Assert.StartsWith("salary-regression model version 7, trained on data version 2", pom.Element(ns + "description")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_checksum_file_may_carry_the_file_name_after_the_digest()
    {
        Assert.Equal("ab12", Checksums.Parse("AB12  salary-regression-2.7.zip\n"));
    }

    private static string Versioning(XElement metadata, string element) => metadata.Element("versioning")!.Element(element)!.Value;
}
