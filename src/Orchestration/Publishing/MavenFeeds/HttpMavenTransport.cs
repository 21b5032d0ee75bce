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

    public Task PutFileAsync(string path, string file, bool createOnly, CancellationToken cancellationToken) =>
        PutAsync(path, () => new StreamContent(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 20)), createOnly, cancellationToken);

    public Task PutBytesAsync(string path, byte[] content, bool createOnly, CancellationToken cancellationToken) =>
        PutAsync(path, () => new ByteArrayContent(content), createOnly, cancellationToken);

    public Task DeleteAsync(string path, CancellationToken cancellationToken)
    {
        var url = Url(path);
        return runner.RunAsync(
            "DELETE",
            url.AbsoluteUri,
            async token =>
            {
                using var response = await client.DeleteAsync(url, token).ConfigureAwait(false);
                if (response.StatusCode != HttpStatusCode.NotFound)
                {
                    await EnsureSuccessAsync(response, token).ConfigureAwait(false);
                }
            },
            cancellationToken);
    }

    /// <summary>HTTP repositories offer no lock: the caller re-reads what it wrote instead.</summary>
    public Task<IDisposable> LockAsync(string path, CancellationToken cancellationToken) => Task.FromResult<IDisposable>(new NoLock());

    public void Dispose() => client.Dispose();

    /// <summary>
    /// PUT; create-only sends <c>If-None-Match: *</c>, which servers that honour it (RFC 9110 13.1.2) answer with
    /// 412 when the file exists. A plain WebDAV server such as nginx ignores it and overwrites.
    /// </summary>
    private Task PutAsync(string path, Func<HttpContent> createContent, bool createOnly, CancellationToken cancellationToken)
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
                using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = content };
                if (createOnly)
                {
                    request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any);
                }

                using var response = await client.SendAsync(request, token).ConfigureAwait(false);
                if (createOnly && response.StatusCode == HttpStatusCode.PreconditionFailed)
                {
                    throw new FileAlreadyThereException($"{url.AbsoluteUri} already exists (the repository answered 412 to If-None-Match: *)");
                }

                await EnsureSuccessAsync(response, token).ConfigureAwait(false);
            },
            cancellationToken);
    }

    private Uri Url(string path) => new(root, path);

    private sealed class NoLock : IDisposable
    {
        public void Dispose()
        {
        }
    }

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
