using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Cake.Core.Diagnostics;
using Orchestration.Publishing.Http;
using Orchestration.Tooling;

namespace Orchestration.Publishing.MavenFeeds;

/// <summary>
/// A Maven repository over HTTP, as <c>mvn deploy</c> talks to Nexus: GET to read, PUT to upload,
/// basic authentication sent with every request. Each request is retried on transient failures.
/// </summary>
internal sealed class HttpMavenTransport : IMavenTransport
{
    private readonly HttpClient client;
    private readonly Uri root;
    private readonly FeedRequestRunner runner;

    public HttpMavenTransport(Uri root, FeedSettings settings, ICakeLog log, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(settings);
        this.root = new Uri(root.AbsoluteUri.TrimEnd('/') + "/");
        client = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: true);
        client.Timeout = settings.RequestTimeout;
        if (settings.Username is not null || settings.Password is not null)
        {
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.Username}:{settings.Password}"));
            SecretMasker.Add(token);
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", token);
        }

        runner = new FeedRequestRunner(
            Location,
            settings.Retry,
            log,
            "Check MODEL_FEED_USERNAME and MODEL_FEED_PASSWORD, and that this user may deploy to the repository.");
    }

    public string Location => root.AbsoluteUri;

    public Task<string?> GetTextAsync(string path, CancellationToken cancellationToken)
    {
        var url = Url(path);
        return runner.RunAsync(
            "GET",
            url.AbsoluteUri,
            async token =>
            {
                using var response = await client.GetAsync(url, token).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.NotFound)
                {
                    return null;
                }

                await EnsureSuccessAsync(response, token).ConfigureAwait(false);
                return await response.Content.ReadAsStringAsync(token).ConfigureAwait(false);
            },
            cancellationToken);
    }

    public Task<bool> DownloadAsync(string path, string destinationFile, CancellationToken cancellationToken)
    {
        var url = Url(path);
        return runner.RunAsync(
            "GET",
            url.AbsoluteUri,
            async token =>
            {
                using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.NotFound)
                {
                    return false;
                }

                await EnsureSuccessAsync(response, token).ConfigureAwait(false);
                await using var file = new FileStream(destinationFile, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 20);
                await response.Content.CopyToAsync(file, token).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
    }

    public Task PutFileAsync(string path, string file, CancellationToken cancellationToken) =>
        PutAsync(path, () => new StreamContent(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 20)), cancellationToken);

    public Task PutBytesAsync(string path, byte[] content, CancellationToken cancellationToken) =>
        PutAsync(path, () => new ByteArrayContent(content), cancellationToken);

    public void Dispose() => client.Dispose();

    private Task PutAsync(string path, Func<HttpContent> createContent, CancellationToken cancellationToken)
    {
        var url = Url(path);
        return runner.RunAsync(
            "PUT",
            url.AbsoluteUri,
            async token =>
            {
                // A new body for every attempt: a stream that was partly sent cannot be sent again.
                using var content = createContent();
                content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                using var response = await client.PutAsync(url, content, token).ConfigureAwait(false);
                await EnsureSuccessAsync(response, token).ConfigureAwait(false);
            },
            cancellationToken);
    }

    private Uri Url(string path) => new(root, path);

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        // Nexus explains a refusal in a short text body (e.g. "Repository does not allow updating assets"); HTML pages say nothing more than the status.
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var explanation = body.Length is > 0 and < 300 && !body.TrimStart().StartsWith('<') ? ": " + body.Trim() : string.Empty;
        throw new HttpRequestException($"{(int)response.StatusCode} {response.ReasonPhrase}{explanation}", null, response.StatusCode);
    }
}
