using System.Net;
using System.Security.Cryptography;
using System.Xml.Linq;
using Cake.Core;
using Orchestration.IntegrationTests.Support;
using Orchestration.Packaging;
using Orchestration.Pipeline;
using Orchestration.Publishing;
using Orchestration.Publishing.MavenFeeds;

namespace Orchestration.IntegrationTests.Publishing;

#pragma warning disable CA5350, CA5351 // Maven checksum files are SHA-1 and MD5 by definition: integrity checks, not security.

public sealed class PublishingToAMavenRepository(NginxRepository nginx) : IClassFixture<NginxRepository>, IDisposable
{
    private const string Artifact = "models/salary-regression/2.7/salary-regression-2.7";

    private readonly PackagedModels models = new();
    private readonly TemporaryDirectory work = new("orchestration-maven");
    private readonly HttpClient http = new();

    [Fact]
    public async Task Publishing_uploads_the_package_provenance_and_pom_with_checksums_and_lists_the_version()
    {
        var repository = nginx.NewRepository("releases");
        var model = models.Create("salary-regression.2.7");
        using var feed = Open(repository);

        var publication = await ModelPublisher.PublishAsync(feed, model.PackageFile, model.Provenance, default);

        Assert.Equal(("maven", repository, false), (publication.FeedType.Name(), publication.Feed, publication.AlreadyPublished));
        Assert.Equal(await File.ReadAllBytesAsync(model.PackageFile), await http.GetByteArrayAsync(repository + Artifact + ".zip"));
        Assert.Equal(model.Provenance.Model.Sha256, ProvenanceJson.Read(await http.GetStreamAsync(repository + Artifact + "-provenance.json"), "test").Model.Sha256);
        var pom = XDocument.Parse(await http.GetStringAsync(repository + Artifact + ".pom"));
        XNamespace ns = "http://maven.apache.org/POM/4.0.0";
        Assert.Equal(("models", "salary-regression", "2.7", "zip"), (pom.Root!.Element(ns + "groupId")!.Value, pom.Root.Element(ns + "artifactId")!.Value, pom.Root.Element(ns + "version")!.Value, pom.Root.Element(ns + "packaging")!.Value));
        Assert.Equal(PackagedModels.Commit, pom.Root.Element(ns + "scm")!.Element(ns + "tag")!.Value);
        foreach (var file in new[] { Artifact + ".zip", Artifact + "-provenance.json", Artifact + ".pom", "models/salary-regression/maven-metadata.xml" })
        {
            var content = await http.GetByteArrayAsync(repository + file);
            Assert.Equal(Convert.ToHexStringLower(SHA1.HashData(content)), await http.GetStringAsync(repository + file + ".sha1"));
            Assert.Equal(Convert.ToHexStringLower(MD5.HashData(content)), await http.GetStringAsync(repository + file + ".md5"));
        }
    }

    [Fact]
    public async Task The_metadata_is_written_last_and_lists_every_published_version()
    {
        var repository = nginx.NewRepository("releases");
        using var feed = Open(repository);

        foreach (var identity in new[] { "salary-regression.2.7", "salary-regression.2.10", "salary-regression.2.8" })
        {
            var model = models.Create(identity);
            await ModelPublisher.PublishAsync(feed, model.PackageFile, model.Provenance, default);
        }

        var metadata = XDocument.Parse(await http.GetStringAsync(repository + "models/salary-regression/maven-metadata.xml")).Root!;
        var puts = nginx.Requests(repository).Where(request => request.StartsWith("PUT ", StringComparison.Ordinal)).Select(request => request.Split(' ')[1]).ToList();
        Assert.Equal(["2.7", "2.8", "2.10"], metadata.Descendants("version").Select(version => version.Value));
        Assert.Equal(("models", "salary-regression", "2.10", "2.10"), (metadata.Element("groupId")!.Value, metadata.Element("artifactId")!.Value, metadata.Descendants("latest").Single().Value, metadata.Descendants("release").Single().Value));
        Assert.Equal(["salary-regression.2.7", "salary-regression.2.8", "salary-regression.2.10"], (await feed.ListAsync("salary-regression", default)).Select(identity => identity.ToString()));
        Assert.EndsWith("/2.8/salary-regression-2.8.pom.md5", puts[^4], StringComparison.Ordinal);
        Assert.Equal(["maven-metadata.xml", "maven-metadata.xml.sha1", "maven-metadata.xml.md5"], puts[^3..].Select(Path.GetFileName));
    }

    [Fact]
    public async Task Republishing_the_same_model_uploads_nothing()
    {
        var repository = nginx.NewRepository("releases");
        using var feed = Open(repository);
        var first = models.Create("salary-regression.2.7");
        await ModelPublisher.PublishAsync(feed, first.PackageFile, first.Provenance, default);
        var putsBefore = nginx.Requests(repository).Count(request => request.StartsWith("PUT ", StringComparison.Ordinal));

        var again = models.Create("salary-regression.2.7");
        var publication = await ModelPublisher.PublishAsync(feed, again.PackageFile, again.Provenance, default);

        Assert.True(publication.AlreadyPublished);
        Assert.Equal(putsBefore, nginx.Requests(repository).Count(request => request.StartsWith("PUT ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Changed_data_under_the_same_versions_is_refused_and_the_published_files_stay()
    {
        var repository = nginx.NewRepository("releases");
        using var feed = Open(repository);
        var original = models.Create("salary-regression.2.7");
        await ModelPublisher.PublishAsync(feed, original.PackageFile, original.Provenance, default);

        var changed = models.Create("salary-regression.2.7", data: "years,salary\n9,99000\n");
        var refusal = await Assert.ThrowsAsync<CakeException>(() => ModelPublisher.PublishAsync(feed, changed.PackageFile, changed.Provenance, default));

        Assert.Equal(2, refusal.ExitCode);
        Assert.Contains("Bump data.version (the data changed), or model.version", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllBytesAsync(original.PackageFile), await http.GetByteArrayAsync(repository + Artifact + ".zip"));
    }

    [Fact]
    public async Task A_published_model_resolves_to_its_verified_model_file()
    {
        var repository = nginx.NewRepository("releases");
        var model = models.Create("salary-regression.2.7");
        using (var feed = Open(repository))
        {
            await ModelPublisher.PublishAsync(feed, model.PackageFile, model.Provenance, default);
        }

        var resolved = await ModelFeeds.CreateResolver(RealContext.Create(), repository, "maven").ResolveAsync(model.Identity, work.Combine("resolved"), default);

        Assert.Equal(model.ModelContent, await File.ReadAllTextAsync(resolved.ModelFile));
        Assert.Equal(model.Provenance.Model.Sha256, resolved.ModelSha256);
    }

    [Fact]
    public async Task The_right_credentials_publish_to_a_repository_that_requires_them()
    {
        var repository = nginx.NewRepository("secured");
        var model = models.Create("salary-regression.2.7");
        using var feed = Open(repository, NginxRepository.Username, NginxRepository.Password);

        var publication = await ModelPublisher.PublishAsync(feed, model.PackageFile, model.Provenance, default);

        Assert.False(publication.AlreadyPublished);
        Assert.Equal(["salary-regression.2.7"], (await feed.ListAsync("salary-regression", default)).Select(identity => identity.ToString()));
    }

    [Fact]
    public async Task Wrong_credentials_fail_with_authentication_failed_for_the_feed_without_echoing_them()
    {
        var repository = nginx.NewRepository("secured");
        var model = models.Create("salary-regression.2.7");
        using var feed = Open(repository, NginxRepository.Username, "wrong-password-5678");

        var error = await Assert.ThrowsAsync<CakeException>(() => ModelPublisher.PublishAsync(feed, model.PackageFile, model.Provenance, default));

        Assert.Equal(2, error.ExitCode);
        Assert.StartsWith($"Authentication failed for {repository}: GET {repository}models/salary-regression/maven-metadata.xml answered 401 Unauthorized.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Check MODEL_FEED_USERNAME and MODEL_FEED_PASSWORD", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-password-5678", error.Message, StringComparison.Ordinal);
        Assert.Single(nginx.Requests(repository));
    }

    [Fact]
    public async Task A_server_error_is_retried_until_the_server_recovers()
    {
        var repository = nginx.NewRepository("flaky");
        var model = models.Create("salary-regression.2.7");
        File.WriteAllText(nginx.FlakyFlag, "503 until the first retry");
        using var feed = Open(repository, retry: FastRetries.Policy(attempts: 3, betweenAttempts: () => File.Delete(nginx.FlakyFlag)));

        var publication = await ModelPublisher.PublishAsync(feed, model.PackageFile, model.Provenance, default);

        Assert.False(publication.AlreadyPublished);
        Assert.Equal("GET " + new Uri(repository).AbsolutePath + "models/salary-regression/maven-metadata.xml 503", nginx.Requests(repository)[0]);
        Assert.Equal(["salary-regression.2.7"], (await feed.ListAsync("salary-regression", default)).Select(identity => identity.ToString()));
    }

    [Fact]
    public async Task A_server_that_keeps_failing_is_reported_with_the_url_and_status_after_the_retries()
    {
        var repository = nginx.NewRepository("broken");
        var model = models.Create("salary-regression.2.7");
        using var feed = Open(repository, retry: FastRetries.Policy(attempts: 3));

        var error = await Assert.ThrowsAsync<ModelFeedException>(() => ModelPublisher.PublishAsync(feed, model.PackageFile, model.Provenance, default));

        Assert.StartsWith(
            $"{repository} did not answer GET {repository}models/salary-regression/maven-metadata.xml after 3 attempts; last: 503 Service",
            error.Message,
            StringComparison.Ordinal);
        Assert.Equal(3, nginx.Requests(repository).Count);
    }

    [Fact]
    public async Task An_upload_interrupted_half_way_removes_what_it_uploaded_and_publishing_again_completes_it()
    {
        var repository = nginx.NewRepository("releases");
        var model = models.Create("salary-regression.2.7");
        var settings = Settings(repository, retry: FastRetries.Policy(attempts: 2));
        var cut = new ConnectionCutAfter(puts: 4);
        using (var interrupted = new MavenFeed(new HttpMavenTransport(new Uri(repository), settings, RealContext.Create().Log, cut), "models", TimeProvider.System))
        {
            await Assert.ThrowsAsync<ModelFeedException>(() => ModelPublisher.PublishAsync(interrupted, model.PackageFile, model.Provenance, default));
        }

        using var feed = Open(repository);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(repository + Artifact + ".zip")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(repository + Artifact + "-provenance.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(repository + "models/salary-regression/maven-metadata.xml")).StatusCode);
        Assert.Null(await feed.FindAsync(model.Identity, default));
        await Assert.ThrowsAsync<CakeException>(() => ModelFeeds.CreateResolver(RealContext.Create(), repository, "maven").ResolveAsync(model.Identity, work.Combine("resolved"), default));

        var publication = await ModelPublisher.PublishAsync(feed, model.PackageFile, model.Provenance, default);

        Assert.False(publication.AlreadyPublished);
        Assert.Equal(["salary-regression.2.7"], (await feed.ListAsync("salary-regression", default)).Select(identity => identity.ToString()));
    }

    [Fact]
    public async Task A_folder_holds_the_same_maven_layout()
    {
        var folder = work.Combine("maven-folder");
        var model = models.Create("salary-regression.2.7");
        using var feed = ModelFeeds.Open(RealContext.Create(), Settings(folder));

        await ModelPublisher.PublishAsync(feed, model.PackageFile, model.Provenance, default);

        Assert.Equal(Convert.ToHexStringLower(SHA1.HashData(File.ReadAllBytes(model.PackageFile))), File.ReadAllText(Path.Combine(folder, Artifact + ".zip.sha1")));
        Assert.True(File.Exists(Path.Combine(folder, "models/salary-regression/maven-metadata.xml")));
        Assert.True((await ModelPublisher.PublishAsync(feed, model.PackageFile, model.Provenance, default)).AlreadyPublished);
    }

    public void Dispose()
    {
        http.Dispose();
        models.Dispose();
        work.Dispose();
    }

    private IModelFeed Open(string repository, string? username = null, string? password = null, RetryPolicy? retry = null) =>
        ModelFeeds.Open(RealContext.Create(), Settings(repository, username, password, retry));

    private FeedSettings Settings(string feed, string? username = null, string? password = null, RetryPolicy? retry = null) => new()
    {
        Feed = feed,
        Type = ModelFeedType.Maven,
        Username = username,
        Password = password,
        WorkingDirectory = work.Path,
        Retry = retry ?? FastRetries.Policy(),
    };

    /// <summary>The network going down in the middle of an upload: after some PUTs, every request fails.</summary>
    private sealed class ConnectionCutAfter(int puts) : DelegatingHandler(new SocketsHttpHandler())
    {
        private int left = puts;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            request.Method == HttpMethod.Put && Interlocked.Decrement(ref left) < 0
                ? throw new HttpRequestException("Connection reset by peer (simulated)")
                : base.SendAsync(request, cancellationToken);
    }
}
