using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using NuGet.Packaging;
using Orchestration.IntegrationTests.Support;

namespace Orchestration.IntegrationTests.Publishing;

/// <summary>
/// A minimal NuGet v3 server on 127.0.0.1, written from the NuGet server API documentation (no
/// NuGet server is installable here): the service index, PackagePublish/2.0.0 (PUT, multipart,
/// X-NuGet-ApiKey; 401 for a wrong key, 409 for an existing version) and PackageBaseAddress/3.0.0
/// (the flat container). Failures can be injected.
/// </summary>
public sealed class NuGetTestServer : IDisposable
{
    public const string ApiKey = "test-api-key-1234";

    private readonly HttpListener listener = new();
    private readonly ConcurrentDictionary<string, byte[]> packages = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, byte[]> hidden = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<string> requests = new();
    private readonly Task serving;
    private int failuresLeft;

    public NuGetTestServer()
    {
        for (var attempt = 0; ; attempt++)
        {
            BaseUrl = $"http://127.0.0.1:{LoopbackPort.Free()}/";
            listener.Prefixes.Add(BaseUrl);
            try
            {
                listener.Start();
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Prefixes.Clear();
            }
        }

        serving = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; private set; }

    public string ServiceIndex => BaseUrl + "v3/index.json";

    /// <summary>Every request as "METHOD /path" (publishes as "PUT /api/v2/package key=KEY").</summary>
    public IReadOnlyList<string> Requests => [.. requests];

    public int Publishes => requests.Count(request => request.StartsWith("PUT ", StringComparison.Ordinal));

    /// <summary>When set, every request needs this basic authentication (as NuGet.Config credentials give).</summary>
    public (string User, string Password)? RequiredLogin { get; set; }

    public HttpStatusCode FailureStatus { get; set; } = HttpStatusCode.ServiceUnavailable;

    /// <summary>The next publishes answer <see cref="FailureStatus"/> (int.MaxValue: all of them).</summary>
    public void FailNextPublishes(int count) => failuresLeft = count;

    /// <summary>A package someone else is publishing right now: not listed yet, but a PUT of its version conflicts (and then shows it).</summary>
    public void PublishMeanwhile(string packageFile)
    {
        var bytes = File.ReadAllBytes(packageFile);
        hidden[KeyOf(bytes)] = bytes;
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        try
        {
            serving.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Handle(context));
        }
    }

    private void Handle(HttpListenerContext context)
    {
        var (request, response) = (context.Request, context.Response);
        var path = request.Url!.AbsolutePath;
        requests.Enqueue($"{request.HttpMethod} {path}" + (request.HttpMethod == "PUT" ? $" key={request.Headers["X-NuGet-ApiKey"]}" : string.Empty));
        try
        {
            if (RequiredLogin is { } login && request.Headers["Authorization"] != "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{login.User}:{login.Password}")))
            {
                response.AddHeader("WWW-Authenticate", "Basic realm=\"test\"");
                Answer(response, HttpStatusCode.Unauthorized);
            }
            else if (request.HttpMethod == "GET" && path == "/v3/index.json")
            {
                Answer(response, HttpStatusCode.OK, JsonSerializer.SerializeToUtf8Bytes(new
                {
                    version = "3.0.0",
                    resources = new object[]
                    {
                        new Dictionary<string, string> { ["@id"] = BaseUrl + "api/v2/package", ["@type"] = "PackagePublish/2.0.0" },
                        new Dictionary<string, string> { ["@id"] = BaseUrl + "v3-flatcontainer/", ["@type"] = "PackageBaseAddress/3.0.0" },
                    },
                }));
            }
            else if (request.HttpMethod == "PUT" && path.TrimEnd('/') == "/api/v2/package")
            {
                Publish(request, response);
            }
            else if (request.HttpMethod == "GET" && path.StartsWith("/v3-flatcontainer/", StringComparison.Ordinal))
            {
                FlatContainer(path["/v3-flatcontainer/".Length..].Split('/'), response);
            }
            else
            {
                Answer(response, HttpStatusCode.NotFound);
            }
        }
        catch (Exception exception) when (exception is HttpListenerException or IOException)
        {
            // The client went away.
        }
    }

    private void Publish(HttpListenerRequest request, HttpListenerResponse response)
    {
        if (request.Headers["X-NuGet-ApiKey"] != ApiKey)
        {
            Answer(response, HttpStatusCode.Unauthorized);
            return;
        }

        if (Interlocked.Decrement(ref failuresLeft) >= 0)
        {
            Answer(response, FailureStatus);
            return;
        }

        using var body = new MemoryStream();
        request.InputStream.CopyTo(body);
        var package = Multipart.FirstPart(body.ToArray(), request.ContentType!);
        var key = KeyOf(package);
        if (hidden.TryRemove(key, out var theirs))
        {
            packages[key] = theirs;
            Answer(response, HttpStatusCode.Conflict);
        }
        else
        {
            Answer(response, packages.TryAdd(key, package) ? HttpStatusCode.Created : HttpStatusCode.Conflict);
        }
    }

    private void FlatContainer(string[] parts, HttpListenerResponse response)
    {
        if (parts is [var id, "index.json"])
        {
            var versions = packages.Keys.Where(key => key.StartsWith(id + "/", StringComparison.OrdinalIgnoreCase)).Select(key => key.Split('/')[1]).Order().ToList();
            Answer(response, versions.Count == 0 ? HttpStatusCode.NotFound : HttpStatusCode.OK, versions.Count == 0 ? null : JsonSerializer.SerializeToUtf8Bytes(new { versions }));
        }
        else if (parts is [var packageId, var version, var file] && file == $"{packageId}.{version}.nupkg" && packages.TryGetValue($"{packageId}/{version}", out var bytes))
        {
            Answer(response, HttpStatusCode.OK, bytes);
        }
        else
        {
            Answer(response, HttpStatusCode.NotFound);
        }
    }

    private static string KeyOf(byte[] package)
    {
        using var reader = new PackageArchiveReader(new MemoryStream(package));
        var identity = reader.GetIdentity();
        return $"{identity.Id.ToLowerInvariant()}/{identity.Version.ToNormalizedString().ToLowerInvariant()}";
    }

    private static void Answer(HttpListenerResponse response, HttpStatusCode status, byte[]? body = null)
    {
        response.StatusCode = (int)status;
        if (body is not null)
        {
            response.ContentType = "application/octet-stream";
            response.ContentLength64 = body.Length;
            response.OutputStream.Write(body);
        }

        response.Close();
    }


    /// <summary>Just enough multipart/form-data (RFC 7578) to take the package out of a push.</summary>
    private static class Multipart
    {
        public static byte[] FirstPart(byte[] body, string contentType)
        {
            var boundary = contentType.Split("boundary=")[1].Trim('"');
            var delimiter = Encoding.ASCII.GetBytes("--" + boundary);
            var start = body.AsSpan().IndexOf(delimiter) + delimiter.Length;
            var headersEnd = body.AsSpan(start).IndexOf("\r\n\r\n"u8) + start + 4;
            var end = body.AsSpan(headersEnd).IndexOf(Encoding.ASCII.GetBytes("\r\n--" + boundary)) + headersEnd;
            return body[headersEnd..end];
        }
    }
}
