using System.Text.Json;
using Orchestration.Configuration;
using Orchestration.Packaging;
using Orchestration.Pipeline;
using Orchestration.Publishing;

namespace Orchestration.Tests.Configuration;

public sealed class WritingIdentitiesAsText
{
    private static readonly ModelIdentity Identity = new("salary-regression", 2, 7);

    [Fact]
    public void A_record_writes_the_identity_as_its_text_and_reads_it_back_typed()
    {
        var record = new PackageRecord { Identity = Identity, PackageFile = "p.nupkg", ProvenanceFile = "provenance.json", ModelSha256 = "aa11" };

        var json = JsonSerializer.Serialize(record, StageRecordStore.JsonOptions);

        using var written = JsonDocument.Parse(json);
        Assert.Equal("salary-regression.2.7", written.RootElement.GetProperty("identity").GetString());
        Assert.Equal(record, JsonSerializer.Deserialize<PackageRecord>(json, StageRecordStore.JsonOptions));
    }

    [Fact]
    public void A_publication_names_its_feed_type_as_the_option_does()
    {
        var publication = new PublicationRecord
        {
            Identity = Identity,
            Feed = "/feed",
            FeedType = ModelFeedType.Maven,
            MavenGroupId = "com.example.models",
            FeedTimeout = TimeSpan.FromSeconds(90),
            AlreadyPublished = false,
            ModelSha256 = "aa11",
            PublishedAt = DateTimeOffset.UnixEpoch,
        };

        var json = JsonSerializer.Serialize(publication, StageRecordStore.JsonOptions);

        using var written = JsonDocument.Parse(json);
        Assert.Equal("maven", written.RootElement.GetProperty("feedType").GetString());
        Assert.Equal(publication, JsonSerializer.Deserialize<PublicationRecord>(json, StageRecordStore.JsonOptions));
    }

    [Theory]
    [InlineData("\"salary-regression\"")]
    [InlineData("\"salary.regression.2.7\"")]
    [InlineData("\"salary-regression.2.99999999999\"")]
    [InlineData("27")]
    public void Anything_but_an_identity_is_refused_saying_what_was_expected(string identity)
    {
        var json = $$"""{"identity": {{identity}}, "packageFile": "p", "provenanceFile": "q", "modelSha256": "aa11"}""";

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PackageRecord>(json, StageRecordStore.JsonOptions));

        Assert.Contains("model identity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Provenance_published_before_identities_were_typed_still_reads_and_writes_the_same_fields()
    {
        const string published = """
            {
              "format": 1,
              "identity": "salary-regression.2.7",
              "name": "salary-regression",
              "dataVersion": 2,
              "modelVersion": 7,
              "source": { "repository": "https://git.example.com/models.git", "ref": "main", "commit": "0123456789abcdef0123456789abcdef01234567", "dirty": false, "projectPath": "." },
              "notebook": { "path": "train.ipynb", "sha256": "cc33", "size": 10 },
              "data": [ { "path": "data/a.csv", "sha256": "d1", "size": 5 } ],
              "model": { "path": "model/salary-regression.2.7.joblib", "sha256": "aa11", "size": 11 },
              "parameters": { "data_ver": 2 },
              "metrics": { "r2": 0.9 },
              "environment": { "spec": "requirements.txt", "specHash": "5f", "pythonVersion": "3.11.2", "packages": [] },
              "training": { "startedAt": "1970-01-01T00:00:00+00:00", "finishedAt": "1970-01-01T00:00:04+00:00" },
              "tool": { "name": "Orchestration", "version": "1.0.0" }
            }
            """;

        var provenance = ProvenanceJson.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(published)), "provenance.json");

        Assert.Equal(Identity, provenance.Identity);
        using var written = JsonDocument.Parse(ProvenanceJson.Serialize(provenance));
        Assert.Equal(
            ("salary-regression.2.7", "salary-regression", 2, 7),
            (written.RootElement.GetProperty("identity").GetString(), written.RootElement.GetProperty("name").GetString(),
                written.RootElement.GetProperty("dataVersion").GetInt32(), written.RootElement.GetProperty("modelVersion").GetInt32()));
    }

    [Fact]
    public void Provenance_whose_identity_is_not_one_is_not_a_provenance_document()
    {
        var json = ProvenanceJson.Serialize(Publishing.SampleProvenance.Of());
        var broken = System.Text.Encoding.UTF8.GetString(json).Replace("\"salary-regression.2.7\"", "\"salary-regression\"", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => ProvenanceJson.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(broken)), "feed/provenance.json"));

        Assert.Contains("feed/provenance.json is not a provenance document", error.Message, StringComparison.Ordinal);
    }
}
