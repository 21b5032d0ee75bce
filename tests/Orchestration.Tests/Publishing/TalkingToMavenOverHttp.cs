using System.Net;
using System.Text;
using Orchestration.Publishing;
using Orchestration.Publishing.MavenFeeds;
using Orchestration.Tests.Fakes;

namespace Orchestration.Tests.Publishing;

public sealed class TalkingToMavenOverHttp : IDisposable
{
    private readonly RecordingHandler server = new();
    private readonly HttpMavenTransport transport;

    public TalkingToMavenOverHttp()
    {
        var settings = new FeedSettings { Feed = "unused", Username = "deployer", Password = "pass-word", WorkingDirectory = "/", Retry = new RetryPolicy { Wait = (_, _) => Task.CompletedTask } };
        transport = new HttpMavenTransport(new Uri("https://nexus.example.com/repository/maven-releases"), settings, new RecordingLog(), server);
    }

    [Fact]
    public async Task Every_request_carries_basic_authentication_up_front()
    {
        await transport.GetTextAsync("models/x/maven-metadata.xml", default);
        await transport.PutBytesAsync("models/x/1.1/x-1.1.pom", [1, 2, 3], createOnly: false, default);

        Assert.All(server.Requests, request => Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("deployer:pass-word")), request.Authorization));
    }

    [Fact]
    public async Task Paths_are_relative_to_the_repository_root()
    {
        await transport.PutBytesAsync("models/x/1.1/x-1.1.pom", [1, 2, 3], createOnly: false, default);

        Assert.Equal(("PUT", "https://nexus.example.com/repository/maven-releases/models/x/1.1/x-1.1.pom"), (server.Requests[0].Method, server.Requests[0].Url));
        Assert.Equal([1, 2, 3], server.Requests[0].Body);
    }

    [Fact]
    public async Task A_missing_file_reads_as_nothing()
    {
        server.Status = HttpStatusCode.NotFound;

        Assert.Null(await transport.GetTextAsync("models/x/maven-metadata.xml", default));
    }

    [Fact]
    public async Task A_refusal_passes_on_what_nexus_says_in_plain_text()
    {
        server.Status = HttpStatusCode.BadRequest;
        server.Body = "Repository does not allow updating assets: maven-releases";

        var error = await Assert.ThrowsAsync<ModelFeedException>(() => transport.PutBytesAsync("models/x/1.1/x-1.1.pom", [1], createOnly: false, default));

        Assert.Equal(
            "https://nexus.example.com/repository/maven-releases/ refused PUT https://nexus.example.com/repository/maven-releases/models/x/1.1/x-1.1.pom: " +
            "400 Bad Request: Repository does not allow updating assets: maven-releases.",
            error.Message);
    }

    [Fact]
    public async Task A_create_only_upload_asks_the_server_not_to_replace_an_existing_file()
    {
        await transport.PutBytesAsync("models/x/1.1/x-1.1.zip", [1], createOnly: true, default);
        await transport.PutBytesAsync("models/x/maven-metadata.xml", [2], createOnly: false, default);

        Assert.Equal(["*", null], server.Requests.Select(request => request.IfNoneMatch));
    }

    [Fact]
    public async Task A_server_that_refuses_the_create_only_upload_says_the_file_is_taken_without_retrying()
    {
        server.Status = HttpStatusCode.PreconditionFailed;

        var error = await Assert.ThrowsAsync<FileAlreadyThereException>(() => transport.PutBytesAsync("models/x/1.1/x-1.1.zip", [1], createOnly: true, default));

        Assert.Equal("https://nexus.example.com/repository/maven-releases/models/x/1.1/x-1.1.zip already exists (the repository answered 412 to If-None-Match: *)", error.Message);
        Assert.Single(server.Requests);
    }

    public void Dispose() => transport.Dispose();

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public List<(string Method, string Url, string? Authorization, string? IfNoneMatch, byte[] Body)> Requests { get; } = [];

        public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

        public string Body { get; set; } = string.Empty;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
            var ifNoneMatch = request.Headers.IfNoneMatch.Count == 0 ? null : request.Headers.IfNoneMatch.ToString();
            Requests.Add((request.Method.Method, request.RequestUri!.AbsoluteUri, request.Headers.Authorization?.ToString(), ifNoneMatch, body));
            return new HttpResponseMessage(Status) { Content = new StringContent(Body), RequestMessage = request };
        }
    }
}
